import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { deepFreeze, shareEqual } from './deep-freeze';
import { setFlagsFromString } from 'node:v8';
import { compactWith } from './compact-with';

const old = deepFreeze({ phase: 'Pending', conditions: [{ type: 'Ready', status: 'False' }], hostIPs: [{ ip: '172.18.0.2' }] });

test('an equal value gives the old object itself, whatever the key order or undefined fields', () => {
  const next = { hostIPs: [{ ip: '172.18.0.2' }], conditions: [{ status: 'False', type: 'Ready' }], phase: 'Pending', reason: undefined };
  assert.equal(shareEqual(next, old), old);
});

test('a changed value shares every unchanged subtree with the old one', () => {
  const next = { phase: 'Running', conditions: [{ type: 'Ready', status: 'False' }], hostIPs: [{ ip: '172.18.0.2' }] };
  const shared = shareEqual(next, old);
  assert.notEqual(shared, old);
  assert.deepEqual(shared, next);
  assert.equal(shared.conditions, old.conditions);
  assert.equal(shared.hostIPs, old.hostIPs);
});

test('added, removed and retyped fields and array lengths count as changes', () => {
  assert.notEqual(shareEqual({ ...old, message: 'x' }, old), old);
  assert.notEqual(shareEqual({ phase: 'Pending', conditions: old.conditions }, old), old);
  assert.notEqual(shareEqual({ ...old, conditions: [...old.conditions, { type: 'X', status: 'True' }] }, old), old);
  assert.notEqual(shareEqual({ ...old, conditions: {} }, old), old);
  assert.equal(shareEqual(null, old), null);
  assert.equal(shareEqual(0, false), 0);
});

/** shareEqual as it was before it allocated lazily: the oracle for the property below. */
function referenceShare(next: unknown, old: unknown): unknown {
  if (next === old || next === null || typeof next !== 'object' || old === null || typeof old !== 'object') return next;
  if (Array.isArray(next)) {
    if (!Array.isArray(old)) return next;
    let same = next.length === old.length;
    const out = next.map((item, i) => {
      const shared = referenceShare(item, old[i]);
      if (shared !== old[i]) same = false;
      return shared;
    });
    return same ? old : out;
  }
  if (Array.isArray(old)) return next;
  const [n, o] = [next as Record<string, unknown>, old as Record<string, unknown>];
  const out: Record<string, unknown> = {};
  let same = true;
  let count = 0;
  for (const key in n) {
    if (n[key] === undefined) continue;
    count++;
    const shared = referenceShare(n[key], o[key]);
    if (shared !== o[key]) same = false;
    out[key] = shared;
  }
  if (same) for (const key in o) if (o[key] !== undefined) count--;
  return same && count === 0 ? old : out;
}

/** Where a result shares `old`'s objects: 'old' at each shared node, the structure (with key order) elsewhere. */
function sharing(value: unknown, old: unknown): unknown {
  if (value !== null && typeof value === 'object' && value === old) return 'old';
  if (Array.isArray(value)) return value.map((v, i) => sharing(v, Array.isArray(old) ? old[i] : undefined));
  if (value === null || typeof value !== 'object') return value;
  const o = (old ?? {}) as Record<string, unknown>;
  return Object.entries(value).map(([k, v]) => [k, sharing(v, typeof o === 'object' ? o[k] : undefined)]);
}

/** A copy of `old` edited here and there (values replaced, fields added, removed or set to undefined) by `choices`. */
function derive(old: unknown, choices: number[]): unknown {
  const choice = choices.pop() ?? 0;
  if (choice === 1) return [1, 'y', {}, [], undefined][choices.length % 5];
  if (old === null || typeof old !== 'object') return old;
  if (Array.isArray(old)) return choice === 3 ? [...old.map((v) => derive(v, choices)), 'z'] : old.map((v) => derive(v, choices));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(old)) if (!(choice === 3 && key === 'a')) out[key] = derive(v, choices);
  if (choice === 2) out.c = undefined;
  if (choice === 3) out.b = 'y';
  return out;
}

test('shareEqual gives what the eager version gave: equal values, the same shared subtrees, the same key order', () => {
  // A small domain, so that next and old often agree in part.
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, fc.constantFrom(1, 'x', null, undefined, true), tie('array'), tie('record')),
    array: fc.array(tie('value'), { maxLength: 3 }),
    record: fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('value'), { maxKeys: 3 }),
  }));
  // `next` is either unrelated to `old` or an edited copy of it.
  const nextOf = fc.oneof(value.map((fresh) => ({ fresh })), fc.array(fc.nat(3), { maxLength: 12 }).map((edits) => ({ edits })));
  fc.assert(
    fc.property(value, nextOf, (oldValue, source) => {
      const old = deepFreeze(structuredClone(oldValue));
      const next = 'edits' in source ? derive(oldValue, [...source.edits]) : source.fresh;
      const expected = referenceShare(next, old);
      const actual = shareEqual(next, old);
      assert.deepStrictEqual(sharing(actual, old), sharing(expected, old));
      assert.equal(actual === old, expected === old);
    }),
    { numRuns: 2000 },
  );
});

test('a frozen next that differs is kept as it is (it may be shared); an equal one still gives the old object', () => {
  const condition = deepFreeze({ type: 'Ready', status: 'True' });
  const conditions = shareEqual([condition], old.conditions);
  assert.equal(conditions[0], condition);
  assert.equal(shareEqual(deepFreeze({ type: 'Ready', status: 'False' }), old.conditions[0]), old.conditions[0]);
  const frozenList = deepFreeze([{ type: 'Ready', status: 'True' }]);
  assert.equal(shareEqual(frozenList, old.conditions), frozenList);
  assert.equal(shareEqual(deepFreeze([{ type: 'Ready', status: 'False' }]), old.conditions), old.conditions);
});

test("a changed record's copy holds every field inside it, after the copy site has seen many shapes", () => {
  setFlagsFromString('--allow-natives-syntax');
  const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;
  // Warm the copy site with records of many shapes, as a cluster's writes of every kind do.
  for (let shape = 0; shape < 40; shape++) {
    const record = (v: number): Record<string, unknown> => Object.fromEntries(Array.from({ length: 6 + (shape % 9) }, (_, i) => [`s${shape}f${i}`, i === 0 ? v : i]));
    shareEqual(record(1), deepFreeze(record(0)));
  }
  const status = (phase: string) => ({ phase, qosClass: 'BestEffort', conditions: [], hostIP: '10.0.0.1', hostIPs: [], podIP: '10.244.0.7', podIPs: [], startTime: 't', containerStatuses: [] });
  const shared = shareEqual(status('Running'), deepFreeze(status('Pending')));
  assert.deepEqual(shared, status('Running'));
  assert.ok(sameMap(shared, compactWith(status('Running'), {})), 'the copy is a compact record, not a generic clone with a PropertyArray');
});
