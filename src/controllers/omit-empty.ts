/**
 * Go's `json:",omitempty"` for status structs: zero numbers, empty lists and unset fields are not written,
 * so `kubectl get -o yaml` shows the fields a real cluster shows. `keep` names fields without omitempty.
 */
export function omitEmpty(fields: Record<string, unknown>, keep: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // for-in over a plain object visits what Object.entries lists, in the same order, without an entry array each.
  for (const key in fields) {
    const value = fields[key];
    if (value === undefined || value === null) continue;
    if (!keep.includes(key) && isEmptyValue(value)) continue;
    out[key] = value;
  }
  return out;
}

/** What omitempty leaves out: unset, null, zero, the empty string, an empty list. */
export function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || value === 0 || value === '' || (Array.isArray(value) && value.length === 0);
}
