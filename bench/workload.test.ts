import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoredObject } from '../src/api';
import { benchCluster, deployment, isRunningAndReady, PodTally } from './workload';

/** What the tally must show: the same facts recounted from every pod in the store. */
function recount(pods: readonly StoredObject[]): { total: number; bound: number; ready: number } {
  const bound = pods.filter((p) => Boolean((p.spec as { nodeName?: string }).nodeName)).length;
  return { total: pods.length, bound, ready: pods.filter(isRunningAndReady).length };
}

test('PodTally follows every pod write: creation, binding, readiness, scale-down and deletion', () => {
  const cluster = benchCluster(2);
  const tally = new PodTally(cluster);
  const check = (): void => assert.deepEqual({ total: tally.total, bound: tally.bound, ready: tally.ready }, recount(cluster.list('Pod')));
  let events = 0;
  cluster.api.store.watch('Pod', () => events++);
  cluster.create(deployment({ name: 'web', replicas: 6 }));
  for (let i = 0; i < 40; i++) {
    cluster.advance(1_000);
    check();
  }
  assert.equal(tally.ready, 6);
  const d = cluster.get('Deployment', 'default', 'web')!;
  cluster.api.update({ ...d, spec: { ...(d.spec as object), replicas: 2 } });
  for (let i = 0; i < 40; i++) {
    cluster.advance(1_000);
    check();
  }
  assert.equal(tally.total, 2);
  assert.ok(events > 30, 'the run went through many pod writes');
});

test('PodTally counts the pods already in the store when it starts', () => {
  const cluster = benchCluster(2);
  cluster.create(deployment({ name: 'web', replicas: 3 }));
  cluster.advance(30_000);
  const tally = new PodTally(cluster);
  assert.deepEqual({ total: tally.total, bound: tally.bound, ready: tally.ready }, { total: 3, bound: 3, ready: 3 });
});
