/**
 * Client-side apply's merge of the user's new configuration into the live object, using the previous
 * configuration (the `last-applied-configuration` annotation) to know which fields the user removed.
 * Maps merge key by key; lists are replaced as a whole.
 * Simplification: kubectl's strategic merge patch merges some lists by key (containers by name, ports by
 * containerPort). Replacing them is equivalent for lists the user fully owns, which is every list a
 * manifest sets, because the apiserver re-applies defaults to the replaced items.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function threeWayMerge(live: Json, lastApplied: Json | undefined, config: Json): Json {
  if (!isObject(live) || !isObject(config)) return config;
  const result: { [key: string]: Json } = { ...live };
  const previous = isObject(lastApplied) ? lastApplied : {};
  for (const [key, value] of Object.entries(config)) {
    result[key] = isObject(value) && isObject(live[key]) ? threeWayMerge(live[key]!, previous[key], value) : value;
  }
  for (const key of Object.keys(previous)) {
    if (!(key in config)) delete result[key];
  }
  return result;
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export type { Json };
