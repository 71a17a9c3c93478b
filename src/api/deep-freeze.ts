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
  return structuredClone(value) as T;
}
