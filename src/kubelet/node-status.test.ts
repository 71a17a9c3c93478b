import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NodeCondition } from '../api/schemas';
import { Cluster } from '../cluster';
import { NODE_STATUS_REPORT_MS } from './node-status';

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
