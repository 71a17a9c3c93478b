import { test } from 'node:test';
import assert from 'node:assert/strict';
import { selectorFromMap, type StoredObject } from '../api';
import { pod, storeWith, stored, template, T0 } from '../testing/workload-fixtures';
import { claimObjects } from './claim-objects';
import { controlledPodsIndexer, countControlledPods } from './controlled-pods';
import { isPodActive } from './pod-readiness';
import { countReplicas } from './replica-set-status';

const rs = stored({ apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'web' }, spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template: template({ app: 'web', tier: 'front' }) } });
const other = stored({ apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'other' }, spec: { replicas: 1, selector: { matchLabels: { app: 'other' } } } });
const selector = selectorFromMap({ app: 'web' });
const templateSelector = selectorFromMap({ app: 'web', tier: 'front' });

/** What the full path computes: claim the active pods of the namespace, then count them. */
function fullCounts(pods: readonly StoredObject[]) {
  const store = storeWith(rs, ...pods);
  const { claimed, actions } = claimObjects(rs, selector, store.list('Pod', 'default').filter(isPodActive));
  const counts = countReplicas(rs as never, claimed, T0);
  return { actions: actions.length, counts: { active: counts.replicas, fullyLabeled: counts.fullyLabeledReplicas, ready: counts.readyReplicas } };
}

function indexedCounts(pods: readonly StoredObject[]) {
  const store = storeWith(rs, ...pods);
  store.addIndexer(controlledPodsIndexer);
  return countControlledPods(store, rs, selector, templateSelector);
}

test('the index counts what claimObjects + countReplicas count: ready, not ready, terminal, other owners, partly labelled', () => {
  const pods = [
    pod('ready-1', { owner: rs, labels: { app: 'web', tier: 'front' }, readySince: T0 }),
    pod('ready-2', { owner: rs, labels: { app: 'web', tier: 'front' }, readySince: T0 }),
    pod('starting', { owner: rs, labels: { app: 'web', tier: 'front' } }),
    pod('partly-labelled', { owner: rs, labels: { app: 'web' }, readySince: T0 }),
    pod('done', { owner: rs, labels: { app: 'web' }, phase: 'Succeeded' }),
    pod('not-ours', { owner: other, labels: { app: 'web' } }),
    pod('orphan-elsewhere', { labels: { app: 'db' } }),
  ];
  const full = fullCounts(pods);
  assert.equal(full.actions, 0);
  assert.deepEqual(indexedCounts(pods), full.counts);
  assert.deepEqual(full.counts, { active: 4, fullyLabeled: 3, ready: 3 });
});

test('the index declines when claiming would adopt an orphan or release a pod, so the full path decides', () => {
  assert.equal(indexedCounts([pod('orphan', { labels: { app: 'web' } })]), undefined);
  assert.equal(indexedCounts([pod('relabelled', { owner: rs, labels: { app: 'db' } })]), undefined);
  assert.deepEqual(indexedCounts([pod('terminal-orphan', { labels: { app: 'web' }, phase: 'Failed' })]), { active: 0, fullyLabeled: 0, ready: 0 });
});

test('without the indexer registered, the counts are unavailable', () => {
  assert.equal(countControlledPods(storeWith(rs), rs, selector, templateSelector), undefined);
});
