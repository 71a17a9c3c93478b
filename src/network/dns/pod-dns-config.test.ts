import { test } from 'node:test';
import assert from 'node:assert/strict';
import { podResolvConf } from './pod-dns-config';

const pod = (spec: Record<string, unknown>, namespace = 'shop') => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace }, spec });

test('ClusterFirst pods use the cluster DNS with their namespace search path and ndots:5', () => {
  assert.deepEqual(podResolvConf(pod({}), 'cluster.local'), { nameservers: ['10.96.0.10'], searches: ['shop.svc.cluster.local', 'svc.cluster.local', 'cluster.local'], ndots: 5 });
});

test('hostNetwork pods with ClusterFirst and Default pods inherit the node resolver; ClusterFirstWithHostNet does not', () => {
  assert.deepEqual(podResolvConf(pod({ hostNetwork: true }), 'cluster.local').nameservers, ['172.18.0.1']);
  assert.deepEqual(podResolvConf(pod({ dnsPolicy: 'Default' }), 'cluster.local').nameservers, ['172.18.0.1']);
  assert.deepEqual(podResolvConf(pod({ hostNetwork: true, dnsPolicy: 'ClusterFirstWithHostNet' }), 'cluster.local').nameservers, ['10.96.0.10']);
});

test('dnsConfig is merged on top, and alone with dnsPolicy None', () => {
  const config = { nameservers: ['1.2.3.4'], searches: ['ns1.svc.cluster-domain.example'], options: [{ name: 'ndots', value: '2' }] };
  assert.deepEqual(podResolvConf(pod({ dnsPolicy: 'None', dnsConfig: config }), 'cluster.local'), { nameservers: ['1.2.3.4'], searches: ['ns1.svc.cluster-domain.example'], ndots: 2, options: ['ndots:2'] });
  assert.deepEqual(podResolvConf(pod({ dnsConfig: { searches: ['extra.example'] } }), 'cluster.local').searches, ['shop.svc.cluster.local', 'svc.cluster.local', 'cluster.local', 'extra.example']);
});

test('dnsConfig options keep the ones without a value, and a policy None pod without options gets none', () => {
  // The docs' custom-dns.yaml: `options ndots:2 edns0` in the container's resolv.conf.
  const options = [{ name: 'ndots', value: '2' }, { name: 'edns0' }];
  assert.deepEqual(podResolvConf(pod({ dnsPolicy: 'None', dnsConfig: { nameservers: ['192.0.2.1'], options } }), 'cluster.local').options, ['ndots:2', 'edns0']);
  assert.deepEqual(podResolvConf(pod({ dnsPolicy: 'None', dnsConfig: { nameservers: ['192.0.2.1'] } }), 'cluster.local').options, []);
  const clusterFirst = podResolvConf(pod({ dnsConfig: { options: [{ name: 'edns0' }, { name: 'ndots', value: '1' }] } }), 'cluster.local');
  assert.deepEqual([clusterFirst.options, clusterFirst.ndots], [['ndots:1', 'edns0'], 1]);
});
