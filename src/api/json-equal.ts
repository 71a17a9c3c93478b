/**
 * Equality of JSON-shaped data as `canonicalJson(a) === canonicalJson(b)` decides it — key order ignored,
 * an undefined field the same as an absent one — without encoding either side. Controllers compare the
 * status they computed with the stored one on every reconcile, most of the time to find nothing changed;
 * unchanged subtrees are usually the same (frozen, shared) object, which ends the walk at once. Use it
 * wherever two values are compared by their canonical JSON; `canonicalJson` stays for keys and hashes.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return scalarEqual(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  return Array.isArray(a) ? arrayEqual(a, b as readonly unknown[]) : recordEqual(a as Record<string, unknown>, b as Record<string, unknown>);
}

function arrayEqual(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
  return true;
}

function recordEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  let defined = 0;
  for (const key in a) {
    const value = a[key];
    if (value === undefined) continue;
    defined++;
    if (b[key] === undefined || !jsonEqual(value, b[key])) return false;
  }
  for (const key in b) if (b[key] !== undefined) defined--;
  return defined === 0;
}

/** canonicalJson encodes a non-finite number, a function, a symbol and undefined (in an array) as `null`. */
function scalarEqual(a: unknown, b: unknown): boolean {
  const aNull = asNull(a);
  const bNull = asNull(b);
  return aNull || bNull ? aNull && bNull : a === b;
}

function asNull(value: unknown): boolean {
  return value === null || value === undefined || typeof value === 'function' || typeof value === 'symbol' || (typeof value === 'number' && !Number.isFinite(value));
}
