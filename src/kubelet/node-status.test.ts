import assert from 'node:assert/strict';
import { test } from 'node:test';
import { schemaForKind, type NodeCondition } from '../api/schemas';
import { Cluster } from '../cluster';
import { LEASE_RENEW_MS, NODE_LEASE_NAMESPACE, NODE_STATUS_REPORT_MS } from './node-status';

const conditionsOf = (cluster: Cluster): NodeCondition[] => ((cluster.api.store.get('Node', undefined, 'node-1')?.status as { conditions: NodeCondition[] }).conditions);

test('the node posts its four conditions, then a heartbeat that keeps each transition time', () => {
  const cluster = new Cluster({ nodes: 1 });
  const first = conditionsOf(cluster);
  assert.deepEqual(first.map((c) => `${c.type}=${c.status} ${c.reason}`), ['MemoryPressure=False KubeletHasSufficientMemory', 'DiskPressure=False KubeletHasNoDiskPressure', 'PIDPressure=False KubeletHasSufficientPID', 'Ready=True KubeletReady']);
  // The key order every encoding of the Node shows.
  for (const c of first) assert.deepEqual(Object.keys(c), ['type', 'status', 'reason', 'message', 'lastHeartbeatTime', 'lastTransitionTime']);
  cluster.clock.advance(NODE_STATUS_REPORT_MS);
  const second = conditionsOf(cluster);
  for (const [i, c] of second.entries()) {
    assert.equal(c.lastTransitionTime, first[i]!.lastTransitionTime);
    assert.equal(Date.parse(c.lastHeartbeatTime!) - Date.parse(first[i]!.lastHeartbeatTime!), NODE_STATUS_REPORT_MS);
  }
});

test("the node's Lease is a valid coordination.k8s.io/v1 Lease, owned by the Node and renewed every 10 s with a MicroTime", () => {
  const cluster = new Cluster({ nodes: 1 });
  cluster.clock.advance(LEASE_RENEW_MS + 1_234);
  const lease = cluster.api.store.get('Lease', NODE_LEASE_NAMESPACE, 'node-1');
  const parsed = schemaForKind('coordination.k8s.io/v1', 'Lease')?.safeParse(lease);
  assert.equal(parsed?.success, true, JSON.stringify(parsed?.error?.issues));
  assert.deepEqual(lease?.spec, { holderIdentity: 'node-1', leaseDurationSeconds: 40, renewTime: '2025-01-01T00:00:10.000000Z' });
  const node = cluster.api.store.get('Node', undefined, 'node-1');
  assert.deepEqual(lease?.metadata.ownerReferences, [{ apiVersion: 'v1', kind: 'Node', name: 'node-1', uid: node?.metadata.uid }]);
});
