/**
 * The `Then "pod/web" should match:` comparison: the expected YAML is a partial object. Maps match by
 * subset, lists match unordered by subset (each expected item matches a distinct actual item), scalars
 * match exactly (numbers and their string forms are equal, as YAML authors expect `"80"` ≡ `80`).
 */
export interface Mismatch {
  path: string;
  expected: unknown;
  actual: unknown;
}

export function findMismatches(actual: unknown, expected: unknown, path = ''): Mismatch[] {
  if (expected === null || typeof expected !== 'object') {
    return scalarEqual(actual, expected) ? [] : [{ path: path || '.', expected, actual }];
  }
  if (Array.isArray(expected)) return listMismatches(actual, expected, path);
  if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return [{ path: path || '.', expected, actual }];
  return Object.entries(expected as Record<string, unknown>).flatMap(([key, value]) =>
    findMismatches((actual as Record<string, unknown>)[key], value, path ? `${path}.${key}` : key),
  );
}

function listMismatches(actual: unknown, expected: unknown[], path: string): Mismatch[] {
  if (!Array.isArray(actual)) return [{ path, expected, actual }];
  const used = new Set<number>();
  const missing: Mismatch[] = [];
  expected.forEach((item, i) => {
    const match = actual.findIndex((candidate, j) => !used.has(j) && findMismatches(candidate, item).length === 0);
    if (match >= 0) used.add(match);
    else missing.push({ path: `${path}[${i}]`, expected: item, actual: actual.length === 0 ? [] : '(no matching item)' });
  });
  return missing;
}

function scalarEqual(actual: unknown, expected: unknown): boolean {
  if (actual === expected) return true;
  if (expected === null) return actual === undefined || actual === null;
  return (typeof actual === 'number' || typeof actual === 'string' || typeof actual === 'boolean') && String(actual) === String(expected);
}
