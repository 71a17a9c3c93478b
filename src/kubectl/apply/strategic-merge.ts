/**
 * Strategic merge patch (apimachinery/pkg/util/strategicpatch) for the built-in types: maps merge
 * recursively, `null` deletes a key, and lists whose Go field carries a `patchMergeKey` merge item by item
 * on that key (containers by name, ports by containerPort, ...) instead of being replaced. `$patch: delete`
 * inside a keyed item removes it; `$patch: replace` replaces the whole map or list; `$retainKeys` drops the
 * keys it does not list; `$setElementOrder/<field>` orders a merged list (items it does not name keep their
 * place after the ordered ones).
 * Simplification: merge keys are looked up by field name, which is unambiguous for the kinds in scope.
 */
import type { Json } from './three-way-merge';

const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  env: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
  volumeDevices: 'devicePath',
  imagePullSecrets: 'name',
  hostAliases: 'ip',
  conditions: 'type',
  topologySpreadConstraints: 'topologyKey',
  resourceClaims: 'name',
};

/** `ports` merges on containerPort in containers and on port in Services. */
export function mergeKeyFor(field: string, items: Json[]): string | undefined {
  if (field === 'ports') {
    const first = items.find(isObject);
    return first && 'containerPort' in first ? 'containerPort' : 'port';
  }
  return MERGE_KEYS[field];
}

export function strategicMerge(original: Json, patch: Json): Json {
  if (!isObject(patch)) return patch;
  if (!isObject(original)) return stripDirectives(patch);
  if (patch.$patch === 'replace') return stripDirectives(patch);
  const retained = Array.isArray(patch.$retainKeys) ? new Set(patch.$retainKeys) : undefined;
  const result: { [key: string]: Json } = retained ? Object.fromEntries(Object.entries(original).filter(([k]) => retained.has(k))) : { ...original };
  for (const [key, value] of Object.entries(patch)) {
    if (key.startsWith('$')) continue;
    if (value === null) delete result[key];
    else if (Array.isArray(value)) result[key] = ordered(mergeList(key, original[key], value), key, patch[`$setElementOrder/${key}`]);
    else if (isObject(value)) result[key] = strategicMerge(original[key] ?? null, value);
    else result[key] = value;
  }
  return result;
}

function mergeList(field: string, original: Json | undefined, patch: Json[]): Json {
  const key = mergeKeyFor(field, [...patch, ...(Array.isArray(original) ? original : [])]);
  if (!key || !Array.isArray(original) || patch.some((p) => isObject(p) && p.$patch === 'replace')) {
    return patch.filter((p) => !(isObject(p) && p.$patch)).map(stripDirectives);
  }
  const result = [...original];
  for (const item of patch) {
    if (!isObject(item)) continue;
    const at = result.findIndex((o) => isObject(o) && o[key] === item[key]);
    if (item.$patch === 'delete') {
      if (at >= 0) result.splice(at, 1);
    } else if (at >= 0) result[at] = strategicMerge(result[at]!, item);
    else result.push(stripDirectives(item));
  }
  return result;
}

/** normalizeElementOrder, reduced: the items `$setElementOrder` names come first, in its order. */
function ordered(list: Json, field: string, order: Json | undefined): Json {
  const key = Array.isArray(list) && Array.isArray(order) ? mergeKeyFor(field, order) : undefined;
  if (!key || !Array.isArray(list) || !Array.isArray(order)) return list;
  const rank = new Map(order.map((o, i) => [isObject(o) ? String(o[key]) : '', i]));
  const position = (item: Json) => rank.get(isObject(item) ? String(item[key]) : '') ?? order.length;
  return list.map((item, i) => ({ item, i })).sort((a, b) => position(a.item) - position(b.item) || a.i - b.i).map(({ item }) => item);
}

function stripDirectives(value: Json): Json {
  if (Array.isArray(value)) return value.map(stripDirectives);
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => !k.startsWith('$')).map(([k, v]) => [k, stripDirectives(v)]));
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
