import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { StoredObject } from '../api';
import { pod, storeWith, stored, template, T0 } from '../testing/workload-fixtures';
import { selectPodsForDeletion } from './active-pods-ranking';
import { rankingClassIndexer, selectIndexedPodsForDeletion } from './deletion-index';
import { controllerRef } from './owner-references';

const deployment = stored({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' } });
const replicaSet = (name: string) =>
  stored({ apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name, ownerReferences: [controllerRef(deployment)] }, spec: { replicas: 0, template: template({ app: 'web' }) } });
const oldRS = replicaSet('web-old');
const newRS = replicaSet('web-new');

/** A pod of `owner` described by small integers, so fast-check can vary every ranking rule. */
const podArbitrary = fc.record({
  owner: fc.constantFrom(oldRS, newRS),
  node: fc.constantFrom(undefined, 'n1', 'n2', 'n3'),
  state: fc.constantFrom('pending', 'running', 'ready', 'succeeded', 'deleting'),
  readyAgo: fc.integer({ min: 1, max: 4 }).map((s) => s * 17_000),
  createdAgo: fc.integer({ min: 0, max: 3 }).map((s) => s * 40_000 + 100_000),
  restarts: fc.integer({ min: 0, max: 2 }),
  cost: fc.constantFrom(undefined, '-5', '10'),
});

function build(spec: { owner: StoredObject; node?: string; state: string; readyAgo: number; createdAgo: number; restarts: number; cost?: string }, i: number): StoredObject {
  const annotations = spec.cost === undefined ? undefined : { 'controller.kubernetes.io/pod-deletion-cost': spec.cost };
  const phase = spec.state === 'succeeded' ? 'Succeeded' : spec.state === 'pending' ? 'Pending' : 'Running';
  const p = pod(`p${i}`, { owner: spec.owner, node: spec.node, phase, readySince: spec.state === 'ready' ? T0 - spec.readyAgo : undefined, createdAt: T0 - spec.createdAgo, restarts: spec.restarts, annotations });
  return spec.state === 'deleting' ? { ...p, metadata: { ...p.metadata, deletionTimestamp: '2025-01-01T00:00:00Z' } } : p;
}

test('the index selects what ranking every pod selects', () => {
  fc.assert(
    fc.property(fc.array(podArbitrary, { maxLength: 30 }), fc.integer({ min: 1, max: 8 }), (specs, count) => {
      const pods = specs.map((s, i) => build(s, i));
      const store = storeWith(deployment, oldRS, newRS, ...pods);
      store.addIndexer(rankingClassIndexer);
      const active = store.list('Pod', 'default').filter((p) => p.metadata.ownerReferences?.[0]?.uid === oldRS.metadata.uid && !p.metadata.deletionTimestamp && (p.status as { phase: string }).phase !== 'Succeeded');
      const related = store.list('Pod', 'default');
      const expected = selectPodsForDeletion(active, related, T0, count).map((p) => p.metadata.name);
      const actual = selectIndexedPodsForDeletion(store, oldRS, [newRS, oldRS], T0, count)!.map((p) => p.metadata.name);
      assert.deepEqual(actual, expected);
    }),
  );
});

test('a scale-down by one reads the pods of the leading class, not every pod (no quadratic rollouts)', () => {
  // 3,000 old pods, 30 on each of 100 nodes, and 0–99 new pods per node: node n-99 ranks first, alone.
  const pods: StoredObject[] = [];
  for (let n = 0; n < 100; n++) {
    for (let i = 0; i < 30; i++) pods.push(pod(`old-${n}-${i}`, { owner: oldRS, node: `n-${n}`, readySince: T0 - 600_000, createdAt: T0 - 700_000 }));
    for (let i = 0; i < n; i++) pods.push(pod(`new-${n}-${i}`, { owner: newRS, node: `n-${n}`, readySince: T0 - 1_000 }));
  }
  const store = storeWith(deployment, oldRS, newRS, ...pods);
  store.addIndexer(rankingClassIndexer);
  let reads = 0;
  const counting = { ...store, indexed: store.indexed.bind(store), getByKey: (key: Parameters<typeof store.getByKey>[0]) => (reads++, store.getByKey(key)) };
  const [victim] = selectIndexedPodsForDeletion(counting as never, oldRS, [oldRS, newRS], T0, 1)!;
  assert.match(victim!.metadata.name, /^old-99-/);
  assert.equal(reads, 30, 'only node n-99\'s old pods are ranked');
});
