import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoredObject } from '../api';
import type { Node } from '../api/schemas';
import { ControllerHarness } from '../testing/controller-harness';
import { nodeLifecycleController } from './node-lifecycle';
import { TaintEvictionController } from './taint-eviction';

/** Two nodes whose "kubelets" post Ready with a heartbeat every 10s until `stopped` holds their name. */
function cluster() {
  const h = new ControllerHarness([nodeLifecycleController, new TaintEvictionController()]);
  const stopped = new Set<string>();
  for (const name of ['node-1', 'node-2']) h.api.create({ apiVersion: 'v1', kind: 'Node', metadata: { name }, spec: {}, status: { conditions: [] } });
  const beat = () => {
    for (const name of ['node-1', 'node-2']) {
      if (stopped.has(name)) continue;
      const node = h.api.store.get('Node', undefined, name)!;
      const now = h.clock.nowISO();
      h.api.updateStatus({ ...node, status: { conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady', lastHeartbeatTime: now, lastTransitionTime: '2025-01-01T00:00:00Z' }] } });
    }
    h.clock.schedule(10_000, 'heartbeat', beat);
  };
  beat();
  h.runner.settle();
  const node = (name: string) => h.api.store.get('Node', undefined, name) as StoredObject<Node>;
  return { h, stopped, node };
}

test('a node that stops posting status turns Unknown at the first 5s tick after 50s, and is tainted unreachable', () => {
  const { h, stopped, node } = cluster();
  h.advance(20_000);
  stopped.add('node-2');
  h.advance(50_000);
  assert.equal(node('node-2').status?.conditions?.[0]?.status, 'True', 'last heartbeat at 20s: not before 70s');
  h.advance(5_000);
  const ready = node('node-2').status?.conditions?.find((c) => c.type === 'Ready');
  assert.deepEqual({ ...ready }, { type: 'Ready', status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.', lastHeartbeatTime: '2025-01-01T00:00:20Z', lastTransitionTime: '2025-01-01T00:01:15Z' });
  assert.deepEqual(node('node-2').spec?.taints?.map((t) => `${t.key}:${t.effect}`), ['node.kubernetes.io/unreachable:NoSchedule', 'node.kubernetes.io/unreachable:NoExecute']);
  assert.equal(node('node-1').spec?.taints, undefined);
});

test('when every node is down, no NoExecute taint is set (master disruption mode)', () => {
  const { h, stopped, node } = cluster();
  stopped.add('node-1');
  stopped.add('node-2');
  h.advance(120_000);
  assert.deepEqual(node('node-1').spec?.taints?.map((t) => `${t.key}:${t.effect}`), ['node.kubernetes.io/unreachable:NoSchedule']);
});

test('pods on the unreachable node are evicted after their 300s toleration, others at once', () => {
  const { h, stopped } = cluster();
  const pod = (name: string, tolerations: object[]) => h.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { nodeName: 'node-2', tolerations, containers: [{ name: 'app', image: 'nginx' }] } });
  pod('tolerant', [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }]);
  pod('forever', [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' }]);
  stopped.add('node-2');
  h.advance(60_000);
  const deleting = (name: string) => h.get('Pod', name)?.metadata.deletionTimestamp !== undefined;
  assert.equal(deleting('tolerant'), false);
  // Unknown and tainted at 55s (last heartbeat at 0s), so evicted at 355s.
  h.advance(294_000);
  assert.equal(deleting('tolerant'), false);
  h.advance(1_000);
  assert.equal(deleting('tolerant'), true);
  assert.equal(deleting('forever'), false);
  const conditions = (h.get('Pod', 'tolerant')?.status as { conditions?: { type: string; reason: string }[] }).conditions;
  assert.deepEqual(conditions?.map((c) => `${c.type}/${c.reason}`), ['DisruptionTarget/DeletionByTaintManager']);
});

test('the node turning Unknown is reported, and its Ready pods are marked not ready', () => {
  const { h, stopped } = cluster();
  h.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { nodeName: 'node-2', containers: [{ name: 'app', image: 'nginx' }] } });
  const pod = h.api.get('Pod', 'default', 'web');
  h.api.updateStatus({ ...pod, status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: '2025-01-01T00:00:00Z' }] } });
  stopped.add('node-2');
  h.advance(60_000);
  const ready = (h.get('Pod', 'web')?.status as { conditions: { type: string; status: string }[] }).conditions.find((c) => c.type === 'Ready');
  assert.equal(ready?.status, 'False');
  const events = h.api.store.list('Event').map((e) => (e as unknown as { reason: string; message: string })).map((e) => `${e.reason}: ${e.message}`);
  assert.deepEqual(events, ['NodeNotReady: Node node-2 status is now: NodeNotReady', 'NodeNotReady: Node is not ready']);
});
