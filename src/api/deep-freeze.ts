/** Stored objects are shared by every reader, so they are frozen: a reader that wants to change one must copy it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as Record<string, unknown>)) deepFreeze(child);
  }
  return value;
}

/** A structural deep copy of JSON-shaped data: the way to get a writable version of a stored object. */
export function deepCopy<T>(value: T): T {
  // A hand-rolled JSON clone: several times faster than structuredClone for the small objects kubespec moves.
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(deepCopy) as T;
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const child = (value as Record<string, unknown>)[key];
    if (child !== undefined) out[key] = deepCopy(child);
  }
  return out as T;
}
