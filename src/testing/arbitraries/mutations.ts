/**
 * Near-valid manifests: one mistake a person (or a hostile submission) could make, applied to a valid
 * manifest — an unknown or misspelt field, a value of the wrong type, a missing required field, a bad name,
 * a huge string, a wrong apiVersion or kind.
 */
import fc from 'fast-check';

type Json = Record<string, unknown>;

/** Paths (lists of keys and indexes) to every value inside `value`, containers and leaves alike. */
export function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}

function setAt(root: Json, path: readonly (string | number)[], change: (parent: Record<string | number, unknown>, key: string | number) => void): Json {
  const copy = structuredClone(root);
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (last !== undefined) change(parent, last);
  return copy;
}

const wrongTypeValue = fc.constantFrom<unknown>(7, 'seven', true, null, [], {}, ['x'], 1.5, -1);
const badName = fc.constantFrom('Web', 'web_1', '-web', 'web.', 'a'.repeat(300), '', 'we b', '../etc', '0');
const unknownField = fc.constantFrom('replica', 'contaners', 'imagePullpolicy', 'extra', 'Spec', 'metdata');

export type Mutation = (manifest: Json) => fc.Arbitrary<Json>;

const MUTATIONS: readonly Mutation[] = [
  (m) => fc.tuple(fc.constantFrom(...objectPaths(m)), unknownField, wrongTypeValue).map(([p, f, v]) => (p.length ? setAt(m, [...p, f], (o, k) => (o[k] = v)) : { ...m, [f]: v })),
  (m) => fc.tuple(fc.constantFrom(...pathsOf(m).filter((p) => p.length > 0)), wrongTypeValue).map(([p, v]) => setAt(m, p, (o, k) => (o[k] = v))),
  (m) => fc.constantFrom(...pathsOf(m).filter((p) => p.length > 0)).map((p) => setAt(m, p, (o, k) => (Array.isArray(o) ? o.splice(Number(k), 1) : delete o[k]))),
  (m) => badName.map((name) => ({ ...m, metadata: { ...(m.metadata as Json), name } })),
  (m) => fc.tuple(fc.constantFrom(...pathsOf(m).filter((p) => p.length > 0)), fc.integer({ min: 10_000, max: 400_000 })).map(([p, n]) => setAt(m, p, (o, k) => (o[k] = 'x'.repeat(n)))),
  (m) => fc.constantFrom('v2', 'apps/v1beta1', '', 'extensions/v1beta1').map((apiVersion) => ({ ...m, apiVersion })),
  (m) => fc.constantFrom('Deployments', 'Widget', 'pod', '').map((kind) => ({ ...m, kind })),
];

function objectPaths(m: Json): (string | number)[][] {
  return pathsOf(m).filter((p) => {
    let v: unknown = m;
    for (const k of p) v = (v as Record<string | number, unknown>)[k];
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  });
}

/** One random mistake in `manifest`. */
export function mutated(manifest: Json): fc.Arbitrary<Json> {
  return fc.integer({ min: 0, max: MUTATIONS.length - 1 }).chain((i) => MUTATIONS[i]!(manifest));
}
