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

/**
 * Structural sharing for writes of frozen objects: `old` itself when `next` is semantically equal to it
 * (apimachinery's Semantic.DeepEqual on JSON data: key order is irrelevant and a field set to undefined
 * is absent), otherwise `next` with every subtree that equals `old`'s at the same place replaced by
 * `old`'s. A status write then allocates and freezes only what changed, and `result === old` is the
 * "nothing changed" test, with no JSON encoding of either side.
 */
export function shareEqual<T>(next: T, old: unknown): T {
  if (next === old || next === null || typeof next !== 'object' || old === null || typeof old !== 'object') return next;
  if (Array.isArray(next)) return Array.isArray(old) ? shareArray(next, old) : next;
  if (Array.isArray(old)) return next;
  return shareRecord(next as Record<string, unknown>, old as Record<string, unknown>) as T;
}

function shareArray<T>(next: T & unknown[], old: readonly unknown[]): T {
  let same = next.length === old.length;
  const out = next.map((item, i) => {
    const shared = shareEqual(item, old[i]);
    if (shared !== old[i]) same = false;
    return shared;
  });
  return (same ? old : out) as T;
}

function shareRecord(next: Record<string, unknown>, old: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let same = true;
  let count = 0;
  for (const key in next) {
    const value = next[key];
    if (value === undefined) continue;
    count++;
    const shared = shareEqual(value, old[key]);
    if (shared !== old[key]) same = false;
    out[key] = shared;
  }
  if (same) for (const key in old) if (old[key] !== undefined) count--;
  return same && count === 0 ? old : out;
}
