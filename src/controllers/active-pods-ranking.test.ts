import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pod, T0 } from '../testing/workload-fixtures';
import { rankPodsForDeletion } from './active-pods-ranking';

const names = (pods: { metadata: { name: string } }[]) => pods.map((p) => p.metadata.name);

test('unscheduled before scheduled, Pending before Running, not-ready before ready', () => {
  const unscheduled = pod('unscheduled');
  const pending = pod('pending', { node: 'n1' });
  const running = pod('running', { node: 'n1', phase: 'Running' });
  const ready = pod('ready', { node: 'n1', readySince: T0 - 1000 });
  assert.deepEqual(names(rankPodsForDeletion([ready, running, pending, unscheduled], [], T0)), ['unscheduled', 'pending', 'running', 'ready']);
});

test('a lower pod-deletion-cost goes first', () => {
  const cheap = pod('cheap', { node: 'n1', readySince: T0 - 1000, annotations: { 'controller.kubernetes.io/pod-deletion-cost': '-10' } });
  const dear = pod('dear', { node: 'n1', readySince: T0 - 1000, annotations: { 'controller.kubernetes.io/pod-deletion-cost': '100' } });
  assert.deepEqual(names(rankPodsForDeletion([dear, cheap], [], T0)), ['cheap', 'dear']);
});

test('pods doubled up on a node go before lone ones', () => {
  const lone = pod('lone', { node: 'n1', readySince: T0 - 60_000 });
  const doubledA = pod('doubled-a', { node: 'n2', readySince: T0 - 60_000 });
  const doubledB = pod('doubled-b', { node: 'n2', readySince: T0 - 60_000 });
  assert.equal(rankPodsForDeletion([lone, doubledA, doubledB], [lone, doubledA, doubledB], T0)[0]!.metadata.name.startsWith('doubled'), true);
});

test('ready for less time goes first, compared on a log2 scale; then more restarts', () => {
  const old = pod('old', { node: 'n1', readySince: T0 - 600_000 });
  const young = pod('young', { node: 'n1', readySince: T0 - 10_000 });
  assert.deepEqual(names(rankPodsForDeletion([old, young], [], T0)), ['young', 'old']);
  const a = pod('a', { node: 'n1', readySince: T0 - 60_000, restarts: 0 });
  const b = pod('b', { node: 'n1', readySince: T0 - 60_000, restarts: 3 });
  assert.deepEqual(names(rankPodsForDeletion([a, b], [], T0)), ['b', 'a'], 'same ready time: more restarts first');
  // 60s and 40s share a log2 bucket (2^35 ns ≈ 34s): the uid decides, as logarithmicRankDiff == 0 does in Kubernetes.
  const c = { ...pod('c', { node: 'n1', readySince: T0 - 40_000, restarts: 9 }), metadata: { ...pod('c').metadata, uid: 'zzz' } };
  const d = { ...pod('d', { node: 'n1', readySince: T0 - 60_000 }), metadata: { ...pod('d').metadata, uid: 'aaa' } };
  assert.deepEqual(names(rankPodsForDeletion([c, d], [], T0)), ['d', 'c']);
});
