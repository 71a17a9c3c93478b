import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { deepCopy, deepFreeze } from '../deep-freeze';
import { shareWithExemplar } from './share-with-exemplar';

const pod = (volume: string) => ({
  metadata: { name: volume, labels: { app: 'web' } },
  spec: {
    containers: [{ name: 'web', resources: { requests: { cpu: '10m' } }, volumeMounts: [{ name: volume, readOnly: true }] }],
    tolerations: [{ key: 'a', operator: 'Exists' }],
    volumes: [{ name: volume, projected: { defaultMode: 420, sources: [{ serviceAccountToken: { path: 'token' } }] } }],
  },
  status: { phase: 'Pending' },
});

test('a new pod keeps the exemplar\'s frozen subtrees wherever it equals them, and its own elsewhere', () => {
  const exemplar = deepFreeze(pod('kube-api-access-aaaaa'));
  const next = shareWithExemplar(pod('kube-api-access-bbbbb'), exemplar);
  assert.deepEqual(next, pod('kube-api-access-bbbbb'));
  assert.equal(next.metadata.labels, exemplar.metadata.labels);
  assert.equal(next.status, exemplar.status);
  assert.equal(next.spec.tolerations, exemplar.spec.tolerations);
  assert.equal(next.spec.containers[0]!.resources, exemplar.spec.containers[0]!.resources);
  assert.equal(next.spec.volumes[0]!.projected, exemplar.spec.volumes[0]!.projected);
  assert.notEqual(next.spec, exemplar.spec);
  assert.notEqual(next.spec.containers[0], exemplar.spec.containers[0]);
  assert.equal(next.spec.containers[0]!.volumeMounts[0]!.name, 'kube-api-access-bbbbb');
});

test('equal means the same keys in the same order, fields set to undefined included', () => {
  const exemplar = deepFreeze({ a: { x: 1, y: 2 }, b: { x: 1 }, c: { x: 1, y: undefined }, d: [1, 2] });
  const next = shareWithExemplar({ a: { y: 2, x: 1 }, b: { x: 1 }, c: { x: 1 }, d: [1, 2, 3] }, exemplar);
  assert.notEqual(next.a, exemplar.a, 'another key order is another encoding');
  assert.equal(next.b, exemplar.b);
  assert.notEqual(next.c, exemplar.c);
  assert.notEqual(next.d, exemplar.d);
  assert.deepEqual(Object.keys(next.a), ['y', 'x']);
});

test('only frozen exemplars are shared, and frozen parts of the new object are never written', () => {
  const loose = { a: { x: 1 } };
  assert.notEqual(shareWithExemplar({ a: { x: 1 } }, loose).a, loose.a);
  const frozenNext = deepFreeze({ a: { x: 1 }, b: 2 });
  const exemplar = deepFreeze({ a: { x: 1 }, b: 3 });
  assert.equal(shareWithExemplar(frozenNext, exemplar), frozenNext);
  assert.equal(shareWithExemplar({ a: { x: 1 } }, deepFreeze({ a: { x: 1 } })).a.x, 1);
});

test('property: the result encodes exactly as the new object did, and what it shares is the exemplar\'s', () => {
  const json = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, fc.constantFrom(0, 1, 'a', 'b', true, null, undefined), tie('array'), tie('object')),
    array: fc.array(tie('value'), { maxLength: 3 }),
    object: fc.dictionary(fc.constantFrom('a', 'b', 'c', 'toString', '__proto__'), tie('value'), { maxKeys: 4 }),
  })).value;
  fc.assert(
    fc.property(json, json, fc.boolean(), (a, b, sameBase) => {
      const exemplar = deepFreeze(deepCopyKeepingUndefined(a));
      const next = deepCopyKeepingUndefined(sameBase ? a : b);
      const before = JSON.stringify(next);
      const shared = shareWithExemplar(next, exemplar);
      assert.equal(JSON.stringify(shared), before);
      if (sameBase && a !== null && typeof a === 'object') assert.equal(shared, exemplar);
    }),
    { numRuns: 500 },
  );
});

/** deepCopy drops undefined fields; the sharing must see them, so the property copies them too. */
function deepCopyKeepingUndefined<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(deepCopyKeepingUndefined) as T;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) Object.defineProperty(out, key, { value: deepCopyKeepingUndefined(child), enumerable: true, writable: true, configurable: true });
  return out as T;
}

test('deepCopy of a shared pod is an unshared equal copy', () => {
  const exemplar = deepFreeze(pod('x'));
  const next = shareWithExemplar(pod('y'), exemplar);
  assert.deepEqual(deepCopy(next), pod('y'));
});

test('below a parent that differs, equal children are the exemplar\'s and a writable array that differs is a copy', () => {
  const exemplar = deepFreeze(pod('kube-api-access-aaaaa'));
  const next = pod('kube-api-access-bbbbb');
  const mounts = next.spec.containers[0]!.volumeMounts;
  const shared = shareWithExemplar(next, exemplar);
  assert.equal(shared.spec.containers[0], next.spec.containers[0], 'the differing container is the new pod\'s own, updated in place');
  assert.notEqual(shared.spec.containers[0]!.volumeMounts, mounts, 'a differing writable array is replaced by its copy');
  assert.deepEqual(shared.spec.containers[0]!.volumeMounts, [{ name: 'kube-api-access-bbbbb', readOnly: true }]);
  const frozenMounts = deepFreeze([{ name: 'x', readOnly: true }]);
  const keepsFrozen = shareWithExemplar({ volumeMounts: frozenMounts }, deepFreeze({ volumeMounts: [{ name: 'y', readOnly: true }] }));
  assert.equal(keepsFrozen.volumeMounts, frozenMounts, 'a frozen array is never copied');
});
