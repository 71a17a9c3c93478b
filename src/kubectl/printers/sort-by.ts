/**
 * `kubectl get --sort-by=<jsonpath>` (k8s.io/kubectl/pkg/cmd/get/sorter.go). The field is relaxed to
 * `{.a.b}`, evaluated on every object with missing keys allowed, and must be found on at least one of them;
 * the rows are then sorted by Go's `sort.Sort` with kubectl's `isLess`: a row without the field sorts first,
 * numbers by value, two strings that both parse as quantities by quantity (`100m` < `9` < `10`), other
 * strings byte-wise; booleans, maps and lists stop kubectl with "unsortable type".
 *
 * Tables (the default output) are sorted one per resource type, even with one row, so a path that exists
 * nowhere fails there; `-o yaml|json|name|jsonpath` sorts the one list of every kind together
 * (`SortingPrinter`), and prints a single named object as it is (the caller skips sorting it).
 */
import type { StoredObject } from '../../api';
import { compareGoStrings } from '../../api/go-string-order';
import { compareQuantities, isValidQuantity } from '../../api/validation/quantity';
import { KubectlError, usageError } from '../errors';
import { relaxedJsonPath } from './custom-columns';
import { goSortSlice } from './go-sort';
import { JsonPathEvaluator } from './jsonpath/evaluate';
import { parseTemplate } from './jsonpath/parse-template';

export type SortTarget = 'table' | 'objects';

interface Row {
  readonly object: StoredObject;
  /** The first result, or `missing` when the path found nothing on this object. */
  readonly value: unknown;
}

const MISSING = Symbol('missing');

export function sortObjectsBy(objects: readonly StoredObject[], sortBy: string, target: SortTarget): StoredObject[] {
  if (objects.length === 0) return [];
  const field = relaxedOrRaw(sortBy);
  const nodes = parseField(field, target);
  const rows: Row[] = objects.map((object) => {
    const results = new JsonPathEvaluator(true).findResults(object, nodes);
    const first = results[0];
    return { object, value: first && first.length > 0 ? first[0] : MISSING };
  });
  if (!rows.some((row) => row.value !== MISSING)) throw usageError(`couldn't find any field with path ${goQuote(field)} in the list of objects`);
  const container = target === 'table' ? '[][][]reflect.Value' : '*unstructured.Unstructured';
  goSortSlice(rows, (a, b) => {
    if (a.value === MISSING) return true;
    if (b.value === MISSING) return false;
    return isLess(a.value, b.value, field, container);
  });
  return rows.map((row) => row.object);
}

function relaxedOrRaw(sortBy: string): string {
  try {
    return relaxedJsonPath(sortBy);
  } catch {
    return sortBy;
  }
}

function parseField(field: string, target: SortTarget): ReturnType<typeof parseTemplate>['nodes'] {
  try {
    return parseTemplate(field).nodes;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw usageError(target === 'table' ? `sorting error: ${reason}` : reason);
  }
}

/** sorter.go `isLess` on the interface values of an unstructured object. */
function isLess(i: unknown, j: unknown, field: string, container: string): boolean {
  if (i === null && j === null) return false;
  if (i === null) return true;
  if (j === null) return false;
  if (typeof i === 'number' && typeof j === 'number' && Number.isInteger(i) === Number.isInteger(j)) return i < j;
  if (typeof i === 'string' && typeof j === 'string') {
    if (isValidQuantity(i) && isValidQuantity(j)) return compareQuantities(i, j) < 0;
    return compareGoStrings(i, j) < 0;
  }
  const reason = typeof i === 'number' || typeof i === 'string' ? 'unsortable interface: interface' : `unsortable type: ${goTypeOf(i)}`;
  throw new KubectlError(`Field ${field} in ${container} is an unsortable type: interface, err: ${reason}`);
}

function goTypeOf(value: unknown): string {
  if (typeof value === 'boolean') return 'bool';
  if (Array.isArray(value)) return '[]interface {}';
  return 'map[string]interface {}';
}

/** Go's %q for the plain ASCII paths kubectl users write. */
function goQuote(text: string): string {
  return JSON.stringify(text);
}
