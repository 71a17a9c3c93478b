import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ClusterNetwork } from './cluster-network';
import type { KubeObject, StoreView } from './endpoints/store-view';
import { PodIPAM } from './ip/pod-ipam';
import type { PodSockets } from './network-stack';

/** A store holding at most one pod, which a test can remove (the pod left the API while its container runs). */
function storeWith(pod: KubeObject): { store: StoreView; remove(): void } {
  let stored: KubeObject | undefined = pod;
  const store = {
    get: (kind: string, namespace: string | undefined, name: string) => (kind === 'Pod' && stored && stored.metadata.namespace === namespace && stored.metadata.name === name ? stored : undefined),
    list: (kind: string) => (kind === 'Pod' && stored ? [stored] : []),
  } as unknown as StoreView;
  return { store, remove: () => (stored = undefined) };
}

const SOCKETS: PodSockets = {
  handleHttp: (port) => ({ kind: 'ok', status: 200, headers: {}, body: `port ${port}\n` }),
  isListening: (port) => port === 80,
};

const node = { apiVersion: 'v1', kind: 'Node', metadata: { name: 'node-1', uid: 'n1' }, spec: { podCIDR: '10.244.0.0/24' } } as unknown as KubeObject;
const pending = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'default', uid: 'p1' }, spec: { nodeName: 'node-1' }, status: { phase: 'Pending' } } as unknown as KubeObject;

test("a pod's stack keeps its name, not the version it was made with: gone from the store, it talks as the latest version", () => {
  const { store, remove } = storeWith(pending);
  const network = new ClusterNetwork(store, new PodIPAM(), () => 0, 'cluster.local');
  const allocation = network.allocate(pending, node, SOCKETS);
  assert.ok(allocation.ok);
  const running = { ...pending, status: { phase: 'Running', podIP: allocation.ip, podIPs: [{ ip: allocation.ip }] } } as KubeObject;
  let asked = 0;
  const stack = network.stackFor(pending, { latestPod: () => (asked++, running) });
  assert.equal(stack.tcpConnect('127.0.0.1', 80), true);
  assert.equal(asked, 0, 'the stored pod is used while there is one');
  remove();
  // Its own IP reaches its own sockets: the latest version has the IP, the Pending one it was made with had none.
  assert.deepEqual(stack.httpRequest({ method: 'GET', url: `http://${allocation.ip}/` }), { kind: 'ok', status: 200, headers: {}, body: 'port 80\n' });
  assert.equal(asked, 1);
});

test('a stack made without a tracker falls back to the pod it was made with', () => {
  const { store, remove } = storeWith(pending);
  const network = new ClusterNetwork(store, new PodIPAM(), () => 0, 'cluster.local');
  network.allocate(pending, node, SOCKETS);
  const stack = network.stackFor(pending);
  remove();
  assert.equal(stack.tcpConnect('127.0.0.1', 80), true);
  assert.equal(stack.tcpConnect('127.0.0.1', 81), false);
});

test('ping: a running pod answers ICMP echo, an address nobody holds (or a ClusterIP) does not', () => {
  const { store } = storeWith(pending);
  const network = new ClusterNetwork(store, new PodIPAM(), () => 0, 'cluster.local');
  const allocation = network.allocate(pending, node, SOCKETS);
  assert.ok(allocation.ok);
  const running = { ...pending, status: { phase: 'Running', podIP: allocation.ip, podIPs: [{ ip: allocation.ip }] } } as KubeObject;
  const peer = storeWith(running);
  const stack = new ClusterNetwork(peer.store, new PodIPAM(), () => 0, 'cluster.local').stackFor(running);
  assert.equal(stack.icmpEcho(allocation.ip), true);
  assert.equal(stack.icmpEcho('10.96.0.20'), false);
  peer.remove();
  assert.equal(stack.icmpEcho(allocation.ip), true, 'a pod always reaches its own address');
  assert.equal(stack.icmpEcho('10.244.0.99'), false);
});
