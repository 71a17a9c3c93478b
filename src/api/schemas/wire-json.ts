/**
 * A value as it reaches the apiserver: what `JSON.parse(JSON.stringify(value))` gives, without printing and
 * re-reading the text (4 µs for a small ConfigMap, several times this copy). Fields set to undefined (or to
 * functions) disappear, such array entries become null, non-finite numbers become null and -0 becomes 0.
 * Anything that is not plain data (a Date's toJSON, a Map, a BigInt) takes the real round trip.
 */
export function wireJson(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && !isPlain(value)) return JSON.parse(JSON.stringify(value));
  return copy(value);
}

function copy(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value + 0 : null;
  if (typeof value !== 'object' || value === null) return value;
  if (!isPlain(value)) return JSON.parse(JSON.stringify(value));
  if (Array.isArray(value)) return Array.from(value as unknown[], (item) => (dropped(item) ? null : copy(item))); // holes too
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const child = (value as Record<string, unknown>)[key];
    if (dropped(child)) continue;
    // JSON.parse makes `__proto__` an own field; an assignment would set the prototype instead.
    if (key === '__proto__') Object.defineProperty(out, key, { value: copy(child), enumerable: true, writable: true, configurable: true });
    else out[key] = copy(child);
  }
  return out;
}

function dropped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function isPlain(value: object): boolean {
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}
