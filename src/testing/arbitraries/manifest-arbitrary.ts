/**
 * Manifests for fuzzing `kubectl apply`: a valid skeleton of a kind, often enriched with a fragment walked
 * from the kind's zod schema (which may or may not still validate), sometimes with one deliberate mistake.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import type { KubeObject } from '../../api';
import { schemaForKind } from '../../api/schemas';
import { mutated } from './mutations';
import { arbitraryFromSchema } from './schema-arbitrary';
import { SKELETONS } from './skeletons';

type Json = Record<string, unknown>;

/** `fragment` laid over `base`: maps merge, lists merge item by item, scalars from the fragment win. */
export function deepMerge(base: unknown, fragment: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(fragment)) return fragment.map((item, i) => (i < base.length ? deepMerge(base[i], item) : item)).concat(base.slice(fragment.length));
  if (isMap(base) && isMap(fragment)) {
    const merged: Json = { ...base };
    for (const [k, v] of Object.entries(fragment)) merged[k] = k in base ? deepMerge(base[k], v) : v;
    return merged;
  }
  return fragment;
}

function isMap(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function enriched(skeleton: KubeObject): fc.Arbitrary<Json> {
  const schema = schemaForKind(skeleton.apiVersion, skeleton.kind);
  if (!schema) return fc.constant(skeleton);
  return arbitraryFromSchema(schema).map((fragment) => deepMerge(skeleton, fragment) as Json);
}

export const kindName = fc.constantFrom(...Object.keys(SKELETONS));

/** A manifest of a kind kubespec serves: valid (about half), schema-enriched, or with one mistake. */
export const manifest: fc.Arbitrary<Json> = kindName
  .chain((kind) => SKELETONS[kind]!)
  .chain((skeleton) =>
    fc.oneof(
      { weight: 5, arbitrary: fc.constant(skeleton as Json) },
      { weight: 3, arbitrary: enriched(skeleton) },
      { weight: 2, arbitrary: fc.oneof(fc.constant(skeleton as Json), enriched(skeleton)).chain(mutated) },
    ),
  );

/** One to three manifests as one YAML stream, as `kubectl apply -f -` reads it. */
export const manifestYaml: fc.Arbitrary<string> = fc.array(manifest, { minLength: 1, maxLength: 3 }).map((docs) => docs.map((d) => stringify(d, { aliasDuplicateObjects: false })).join('---\n'));
