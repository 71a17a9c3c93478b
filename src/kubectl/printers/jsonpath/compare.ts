/**
 * The comparisons of jsonpath filters (`==`, `!=`, `<`, `>`, `<=`, `>=`), following the text/template fork in
 * k8s.io/client-go/third_party/forked/golang/template/funcs.go: only values of the same basic kind compare.
 */
import { JsonPathError } from './nodes';

type Kind = 'bool' | 'int' | 'float' | 'string';

function basicKind(value: unknown): Kind {
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  throw new JsonPathError('invalid type for comparison');
}

export function compareValues(left: unknown, right: unknown, operator: string): boolean {
  switch (operator) {
    case '==':
      return equal(left, right);
    case '!=':
      return !equal(left, right);
    case '<':
      return less(left, right);
    case '>':
      return !less(left, right) && !equal(left, right);
    case '<=':
      return less(left, right) || equal(left, right);
    case '>=':
      return !less(left, right);
  }
  throw new JsonPathError(`unrecognized filter operator ${operator}`);
}

function equal(left: unknown, right: unknown): boolean {
  if (basicKind(left) !== basicKind(right)) throw new JsonPathError('incompatible types for comparison');
  return left === right;
}

function less(left: unknown, right: unknown): boolean {
  const kind = basicKind(left);
  if (kind === 'bool') throw new JsonPathError('invalid type for comparison');
  if (kind !== basicKind(right)) throw new JsonPathError('incompatible types for comparison');
  return (left as number | string) < (right as number | string);
}
