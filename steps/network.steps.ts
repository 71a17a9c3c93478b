/**
 * Network steps: HTTP requests from a pod or from outside the cluster, DNS lookups as a pod makes them,
 * and assertions on the answer and on which pods served. The data plane is the cluster's
 * (`clusterNetwork(cluster).client()`); these steps only translate.
 */
import { expect } from 'chai';
import { clusterNetwork } from '../src/cluster';
import { step } from './bilingual';
import type { KubeWorld } from './world';

type Client = ReturnType<ReturnType<typeof clusterNetwork>['client']>;
type Exchange = ReturnType<Client['fromPod']>;
type Lookup = ReturnType<Client['lookupFromPod']>;

const exchanges = new WeakMap<KubeWorld, Exchange>();
const lookups = new WeakMap<KubeWorld, { name: string; result: Lookup }>();

const client = (world: KubeWorld): Client => clusterNetwork(world.cluster).client();

function lastExchange(world: KubeWorld): Exchange {
  const exchange = exchanges.get(world);
  if (!exchange) throw new Error('no request has been sent in this scenario yet');
  return exchange;
}

function lastDelivery(world: KubeWorld) {
  const { deliveries, description } = lastExchange(world);
  return { delivery: deliveries[deliveries.length - 1]!, description };
}

function lastLookup(world: KubeWorld) {
  const lookup = lookups.get(world);
  if (!lookup) throw new Error('no name has been looked up in this scenario yet');
  return lookup;
}

step('pod {string} requests {string}', 'Pod {string} 请求 {string}', function (pod: string, url: string) {
  exchanges.set(this, client(this).fromPod('default', pod, url));
});

step('pod {string} requests {string} {int} times', 'Pod {string} 请求 {string} {int} 次', function (pod: string, url: string, times: number) {
  exchanges.set(this, client(this).fromPod('default', pod, url, times));
});

step('a client outside the cluster requests {string}', '集群外的客户端请求 {string}', function (url: string) {
  exchanges.set(this, client(this).fromOutside(url));
});

step('the response status should be {int}', '响应状态码应该是 {int}', function (status: number) {
  const { delivery, description } = lastDelivery(this);
  expect(delivery.result.kind === 'ok' ? delivery.result.status : undefined, `${description}: ${client(this).describe(delivery)}`).to.equal(status);
});

step('the response should contain {string}', '响应应该包含 {string}', function (text: string) {
  const { delivery, description } = lastDelivery(this);
  expect(delivery.result.kind === 'ok' ? delivery.result.body : client(this).describe(delivery), description).to.contain(text);
});

step('the response should come from a pod labelled {string}', '响应应该来自带有标签 {string} 的 Pod', function (selector: string) {
  const { delivery, description } = lastDelivery(this);
  expect(client(this).servedByLabelled(delivery, selector), `${description}: ${client(this).describe(delivery)}`).to.equal(true);
});

step('the response should come from pod {string}', '响应应该来自 Pod {string}', function (pod: string) {
  const { delivery, description } = lastDelivery(this);
  expect(delivery.servedBy?.name, `${description}: ${client(this).describe(delivery)}`).to.equal(pod);
});

step('the request should be refused', '请求应该被拒绝', function () {
  const { delivery, description } = lastDelivery(this);
  expect(client(this).describe(delivery), description).to.equal('connection refused');
});

step('the request should time out', '请求应该超时', function () {
  const { delivery, description } = lastDelivery(this);
  expect(client(this).describe(delivery), description).to.equal('connection timed out');
});

step(
  'every pod labelled {string} should have served at least {int} request(s)',
  '每个带有标签 {string} 的 Pod 应该至少处理了 {int} 个请求',
  function (selector: string, count: number) {
    const pods = client(this).podsLabelled('default', selector);
    expect(pods, `no pod is labelled ${selector}`).to.not.be.empty;
    const served = Object.fromEntries(pods.map((p) => [p.metadata.name, client(this).requestsServedBy(p)]));
    for (const pod of pods) expect(served[pod.metadata.name!], `requests served: ${JSON.stringify(served)}`).to.be.at.least(count);
  },
);

step('pod {string} looks up {string}', 'Pod {string} 查询域名 {string}', function (pod: string, name: string) {
  lookups.set(this, { name, result: client(this).lookupFromPod('default', pod, name) });
});

step('the lookup should return {string}', '域名查询结果应该是 {string}', function (addresses: string) {
  const { name, result } = lastLookup(this);
  expect(result.kind === 'ok' ? result.addresses.join(',') : result.kind, `lookup of ${name}`).to.equal(addresses);
});

step('the lookup should return the ClusterIP of service {string}', '域名查询结果应该是 Service {string} 的 ClusterIP', function (service: string) {
  const { name, result } = lastLookup(this);
  const clusterIP = (this.cluster.get('Service', 'default', service)?.spec as { clusterIP?: string } | undefined)?.clusterIP;
  expect(result.kind === 'ok' ? result.addresses.join(',') : result.kind, `lookup of ${name}`).to.equal(clusterIP);
});

step('the lookup should return the IPs of the pods labelled {string}', '域名查询结果应该是带有标签 {string} 的 Pod 的 IP', function (selector: string) {
  const { name, result } = lastLookup(this);
  const ips = client(this).podsLabelled('default', selector).map((p) => (p.status as { podIP?: string } | undefined)?.podIP ?? '');
  expect(result.kind === 'ok' ? [...result.addresses].sort() : result.kind, `lookup of ${name}`).to.deep.equal(ips.sort());
});

step('the lookup should return the canonical name {string}', '域名查询结果应该是别名 {string}', function (cname: string) {
  const { name, result } = lastLookup(this);
  expect(result.kind === 'ok' ? result.canonicalName : result.kind, `lookup of ${name}`).to.equal(cname);
});

step('the lookup should fail', '域名查询应该失败', function () {
  const { name, result } = lastLookup(this);
  expect(result.kind, `lookup of ${name}`).to.equal('nxdomain');
});

step('a cluster with {int} node(s) and a cloud load balancer', '一个包含 {int} 个节点并带有云负载均衡器的集群', function (count: number) {
  this.createCluster({ nodes: count, features: { cloudLoadBalancer: true } });
});

step('service {string} should have a ClusterIP in {string}', 'Service {string} 的 ClusterIP 应该在 {string} 范围内', function (service: string, cidr: string) {
  const spec = this.cluster.get('Service', 'default', service)?.spec as { clusterIP?: string } | undefined;
  expect(client(this).clusterIPIn('default', service, cidr), `ClusterIP of service "${service}" is ${spec?.clusterIP ?? 'unset'}`).to.equal(true);
});

step('the lookup should return the IP of pod {string}', '域名查询结果应该是 Pod {string} 的 IP', function (pod: string) {
  const { name, result } = lastLookup(this);
  const ip = (this.cluster.get('Pod', 'default', pod)?.status as { podIP?: string } | undefined)?.podIP;
  expect(result.kind === 'ok' ? result.addresses.join(',') : result.kind, `lookup of ${name}`).to.equal(ip);
});

step('pod {string} should have an IP in {string}', 'Pod {string} 的 IP 应该在 {string} 范围内', function (pod: string, cidr: string) {
  const ip = (this.cluster.get('Pod', 'default', pod)?.status as { podIP?: string } | undefined)?.podIP;
  expect(client(this).addressIn(ip, cidr), `IP of pod "${pod}" is ${ip ?? 'unset'}`).to.equal(true);
});

step('all responses should come from the same pod', '所有响应应该来自同一个 Pod', function () {
  const { deliveries, description } = lastExchange(this);
  const pods = new Set(deliveries.map((d) => d.servedBy?.name ?? client(this).describe(d)));
  expect([...pods], description).to.have.lengthOf(1);
});
