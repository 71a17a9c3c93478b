/**
 * Client-side apply's patch (apimachinery/pkg/util/strategicpatch/patch.go `CreateThreeWayMergePatch`, v1.32):
 * the changes from the live object to the user's new configuration, ignoring fields the user never set (so
 * server defaults and other writers' fields stay), plus the deletions from the previous configuration (the
 * `last-applied-configuration` annotation) to the new one. An empty patch is what makes kubectl print
 * `unchanged`: a defaulted field inside a list item is not a change, because keyed lists (containers by name,
 * ports by containerPort, ...) are diffed item by item.
 * Simplifications: merge keys come from field names (strategic-merge.ts); lists of scalars are atomic (kubectl
 * merges `finalizers` as a set); `retainKeys` is known for Deployment `strategy` and Pod `volumes` items only.
 */
import { mergeKeyFor, strategicMerge } from './strategic-merge';
import { compareGoStrings } from '../../api/go-string-order';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface DiffOptions {
  ignoreDeletions: boolean;
  ignoreChangesAndAdditions: boolean;
  buildRetainKeys: boolean;
}

/** Fields whose patch strategy includes `retainKeys` (`DeploymentSpec.Strategy`; `PodSpec.Volumes` is `merge,retainKeys`). */
const RETAIN_KEYS = new Set(['strategy', 'volumes']);

export function createThreeWayMergePatch(original: Json | undefined, modified: Json, current: Json): JsonObject {
  const delta = diffMaps(asObject(current), asObject(modified), { ignoreDeletions: true, ignoreChangesAndAdditions: false, buildRetainKeys: false });
  const deletions = diffMaps(asObject(original ?? null), asObject(modified), { ignoreDeletions: false, ignoreChangesAndAdditions: true, buildRetainKeys: false });
  return mergePatches(deletions, delta);
}

/** What apply sends and the apiserver merges: the live object with the three-way patch applied. */
export function threeWayMerge(live: Json, lastApplied: Json | undefined, config: Json): Json {
  return strategicMerge(live, createThreeWayMergePatch(lastApplied, config, live));
}

function diffMaps(original: JsonObject, modified: JsonObject, options: DiffOptions): JsonObject {
  const patch: JsonObject = {};
  for (const [key, modifiedValue] of Object.entries(modified)) {
    if (!(key in original)) {
      if (!options.ignoreChangesAndAdditions) patch[key] = modifiedValue;
      continue;
    }
    const originalValue = original[key]!;
    if (key.startsWith('$')) continue;
    if (kindOf(originalValue) !== kindOf(modifiedValue)) {
      if (!options.ignoreChangesAndAdditions) patch[key] = modifiedValue;
    } else if (isObject(originalValue) && isObject(modifiedValue)) {
      const sub = diffMaps(originalValue, modifiedValue, { ...options, buildRetainKeys: key === 'strategy' });
      if (Object.keys(sub).length > 0) patch[key] = sub;
    } else if (Array.isArray(originalValue) && Array.isArray(modifiedValue)) {
      diffSlice(key, originalValue, modifiedValue, patch, options);
    } else if (!options.ignoreChangesAndAdditions && !deepEqual(originalValue, modifiedValue)) {
      patch[key] = modifiedValue;
    }
  }
  // updatePatchIfMissing: keys the new configuration dropped are deleted.
  if (!options.ignoreDeletions) for (const key of Object.keys(original)) if (!(key in modified)) patch[key] = null;
  addRetainKeys(original, modified, patch, options);
  return patch;
}

/** `$retainKeys` lists the configured keys when the map changed or the other side has keys to clear. */
function addRetainKeys(original: JsonObject, modified: JsonObject, patch: JsonObject, options: DiffOptions): void {
  if (!options.buildRetainKeys) return;
  const retained = Object.keys(modified).filter((k) => modified[k] !== null).sort();
  const hasAdditionalField = Object.keys(original).some((k) => original[k] !== null && !(k in modified));
  if (retained.length > 0 && (Object.keys(patch).length > 0 || hasAdditionalField)) patch.$retainKeys = retained;
}

/** handleSliceDiff: keyed lists of maps diff item by item, with a `$setElementOrder/<key>` list; others are atomic. */
function diffSlice(key: string, original: Json[], modified: Json[], patch: JsonObject, options: DiffOptions): void {
  const mergeKey = mergeKeyFor(key, [...modified, ...original]);
  const maps = [...original, ...modified].every(isObject);
  if (!mergeKey || !maps) {
    if (!options.ignoreChangesAndAdditions && !deepEqual(original, modified)) patch[key] = modified;
    return;
  }
  const itemOptions = { ...options, buildRetainKeys: RETAIN_KEYS.has(key) };
  const items = diffListsOfMaps(original as JsonObject[], modified as JsonObject[], mergeKey, itemOptions);
  if (items.length > 0) patch[key] = items;
  const orderSame = original.length === modified.length && original.every((o, i) => keyString(o, mergeKey) === keyString(modified[i]!, mergeKey));
  const changed = items.length > 0;
  if ((!options.ignoreChangesAndAdditions && (changed || !orderSame)) || (!options.ignoreDeletions && changed)) {
    patch[`$setElementOrder/${key}`] = (modified as JsonObject[]).map((item) => ({ [mergeKey]: item[mergeKey] ?? null }));
  }
}

/** diffListsOfMaps: items matched on the merge key; changes, then additions, then `$patch: delete` for removed ones. */
function diffListsOfMaps(original: JsonObject[], modified: JsonObject[], mergeKey: string, options: DiffOptions): Json[] {
  const byKey = new Map(original.map((item) => [keyString(item, mergeKey), item]));
  const wanted = new Set(modified.map((item) => keyString(item, mergeKey)));
  const patch: Json[] = [];
  for (const item of sortedByKey(modified, mergeKey)) {
    const previous = byKey.get(keyString(item, mergeKey));
    if (!previous) {
      if (!options.ignoreChangesAndAdditions) patch.push(item);
      continue;
    }
    const sub = diffMaps(previous, item, options);
    if (Object.keys(sub).length > 0) patch.push({ ...sub, [mergeKey]: item[mergeKey] ?? null });
  }
  if (!options.ignoreDeletions) {
    for (const item of sortedByKey(original, mergeKey)) {
      if (!wanted.has(keyString(item, mergeKey))) patch.push({ [mergeKey]: item[mergeKey] ?? null, $patch: 'delete' });
    }
  }
  return patch;
}

/** mergeMap(deletions, delta): the two partial patches combined, keyed lists item by item. */
function mergePatches(base: JsonObject, patch: JsonObject): JsonObject {
  const result: JsonObject = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const existing = result[key];
    if (isObject(value) && isObject(existing)) result[key] = mergePatches(existing, value);
    else if (Array.isArray(value) && Array.isArray(existing)) result[key] = mergePatchLists(key, existing, value);
    else result[key] = value;
  }
  return result;
}

function mergePatchLists(key: string, base: Json[], patch: Json[]): Json[] {
  const mergeKey = mergeKeyFor(key, [...patch, ...base]);
  if (!mergeKey || key.startsWith('$')) return patch;
  const result = [...base];
  for (const item of patch) {
    const at = result.findIndex((b) => isObject(b) && isObject(item) && keyString(b, mergeKey) === keyString(item, mergeKey));
    if (at >= 0 && isObject(item) && isObject(result[at]!)) result[at] = mergePatches(result[at] as JsonObject, item);
    else result.push(item);
  }
  return result;
}

/** sortMergeListsByNameArray: by the merge key's `%v` text. */
function sortedByKey(items: readonly JsonObject[], mergeKey: string): JsonObject[] {
  return [...items].sort((a, b) => compareGoStrings(keyString(a, mergeKey), keyString(b, mergeKey)));
}

function keyString(item: Json, mergeKey: string): string {
  return isObject(item) ? String(item[mergeKey] ?? '<nil>') : '';
}

/** reflect.TypeOf of a decoded JSON value: nil, bool, float64, string, []interface{}, map[string]interface{}. */
function kindOf(value: Json): string {
  if (value === null) return 'nil';
  if (Array.isArray(value)) return 'slice';
  return typeof value;
}

function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]!));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && deepEqual(a[k]!, b[k]!));
  }
  return false;
}

function asObject(value: Json): JsonObject {
  return isObject(value) ? value : {};
}

function isObject(value: Json | undefined): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export type { Json };
