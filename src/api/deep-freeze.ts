import { compactWith } from './compact-with';

/** Stored objects are shared by every reader, so they are frozen: a reader that wants to change one must copy it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) freezeTree(value);
  return value;
}

/**
 * Freezes `obj` and every unfrozen object below it. A frozen subtree is not entered: a write shares its
 * unchanged (already frozen) parts with the version before it, so only the new parts are walked. The
 * children are tested in the loop rather than by a call per value, and no array of values is allocated.
 */
function freezeTree(obj: object): void {
  Object.freeze(obj);
  if (Array.isArray(obj)) {
    for (let i = 0; i < obj.length; i++) {
      const child: unknown = obj[i];
      if (child !== null && typeof child === 'object' && !Object.isFrozen(child)) freezeTree(child);
    }
    return;
  }
  // JSON data has no inherited enumerable fields, so for-in visits what Object.values would, without an array.
  for (const key in obj) {
    const child: unknown = (obj as Record<string, unknown>)[key];
    if (child !== null && typeof child === 'object' && !Object.isFrozen(child)) freezeTree(child);
  }
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
 * "nothing changed" test, with no JSON encoding of either side. Nothing is allocated for an equal subtree:
 * a record or array is copied only from its first difference on. A frozen `next` that differs is returned
 * as it is: it cannot change, and it may be shared by many objects, which a copy per write would undo.
 */
export function shareEqual<T>(next: T, old: unknown): T {
  if (next === old || next === null || typeof next !== 'object' || old === null || typeof old !== 'object') return next;
  if (Array.isArray(next)) return Array.isArray(old) ? shareArray(next, old) : next;
  if (Array.isArray(old)) return next;
  return shareRecord(next as Record<string, unknown>, old as Record<string, unknown>) as T;
}

function shareArray<T>(next: T & unknown[], old: readonly unknown[]): T {
  if (next.length !== old.length) return next.map((item, i) => shareEqual(item, old[i])) as T;
  let out: unknown[] | undefined;
  for (let i = 0; i < next.length; i++) {
    const shared = shareEqual(next[i], old[i]);
    if (out) out[i] = shared;
    // A copy of the whole of `old`, overwritten from here on: exact-size (a slice grown by push keeps ≈ 17 slots).
    else if (shared !== old[i]) (out = old.slice())[i] = shared;
  }
  if (out === undefined) return old as T;
  // A frozen `next` is already immutable and may be shared (a condition made for many pods): keep it, not a copy.
  return (Object.isFrozen(next) ? next : out) as T;
}

function shareRecord(next: Record<string, unknown>, old: Record<string, unknown>): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  let count = 0;
  for (const key in next) {
    const value = next[key];
    if (value === undefined) continue;
    count++;
    const shared = shareEqual(value, old[key]);
    if (out) out[key] = shared;
    else if (shared !== old[key]) (out = sharedPrefix(next, old, key))[key] = shared;
  }
  if (!out) {
    for (const key in old) if (old[key] !== undefined) count--;
    if (count === 0) return old;
  }
  // A frozen `next` is already immutable and may be shared (a condition made for many pods): keep it, not a copy.
  if (Object.isFrozen(next)) return next;
  return out ?? sharedPrefix(next, old, undefined);
}

/**
 * A copy of `next`'s defined fields before `stop` (all of them without one), each holding `old`'s equal value.
 * The copy is what the store keeps, so it holds every field inside the object (`compactWith`) when `next` has
 * no undefined field. A spread would not: this one copy site sees every kind's records, so V8 clones
 * generically there, with four fields inside and the rest in a PropertyArray (64 B per stored pod status and
 * container status). A copy built up from `{}` does the same. The caller overwrites the fields from `stop` on.
 */
function sharedPrefix(next: Record<string, unknown>, old: Record<string, unknown>, stop: string | undefined): Record<string, unknown> {
  if (!hasUndefinedField(next)) {
    const out: Record<string, unknown> = compactWith(next, NO_FIELDS);
    for (const key in next) {
      if (key === stop) break;
      out[key] = old[key];
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key in next) {
    if (key === stop) break;
    if (next[key] !== undefined) out[key] = old[key];
  }
  return out;
}

const NO_FIELDS = Object.freeze({});

function hasUndefinedField(record: Record<string, unknown>): boolean {
  for (const key in record) if (record[key] === undefined) return true;
  return false;
}
