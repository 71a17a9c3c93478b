/**
 * `{ ...source, ...fields }` for hot paths. On Node 20 (V8 11.3), once the spread's inline cache is warm, an
 * object made by spreading a non-frozen object gets a hidden class that records no transitions, so adding a
 * property the source lacks (`{ ...metadata, namespace }`, `{ ...attributes, user }`) creates a fresh hidden
 * class on every call: ~1–2 µs instead of ~0.1, garbage for the collector, and megamorphic reads of every
 * object built that way. Overriding a property the source already has, or spreading a frozen object, is not
 * affected. Object.assign onto a fresh literal keeps the shared transitions and gives the spread's key order.
 * `onto` is that fresh object: `compactWith` passes one sized for the fields.
 */
export function withFields<T extends object, F extends object>(source: T, fields: F, onto: object = {}): T & F {
  // Object.assign would call the `__proto__` setter where a spread defines an own field (manifests can carry one).
  if (Object.prototype.hasOwnProperty.call(source, '__proto__') || Object.prototype.hasOwnProperty.call(fields, '__proto__')) {
    return { ...source, ...fields };
  }
  return Object.assign(onto, source, fields);
}
