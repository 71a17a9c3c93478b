/**
 * The values a kubectl go-template sees, and how Go's fmt prints them. kubectl hands text/template the object
 * after a JSON round trip through k8s.io/apimachinery/pkg/util/json, which keeps whole numbers as int64 and the
 * rest as float64 (so `{{.spec.replicas}}` prints `3` and `{{printf "%d" .spec.replicas}}` works). JS numbers
 * cannot tell `2.0` from `2`, so floats are wrapped in GoFloat; `undefined` is Go's invalid reflect.Value (a
 * missing key) and `null` a nil interface (a JSON null).
 */
import { compareGoStrings } from '../../../api/go-string-order';
import { goFloatG } from '../yaml/go-float';

export class GoFloat {
  constructor(readonly value: number) {}
}

/** Go's `int`: template number constants and what `len` returns, as distinct from the object's int64 numbers. */
export class GoInt {
  constructor(readonly value: number) {}
}

/** The number inside an int of either width, or undefined for anything else. */
export function intValue(value: GoValue): number | undefined {
  return typeof value === 'number' ? value : value instanceof GoInt ? value.value : undefined;
}

export type GoValue = undefined | null | boolean | string | number | GoInt | GoFloat | GoValue[] | GoMap;
export interface GoMap {
  [key: string]: GoValue;
}

/** The object as the template engine receives it: plain JSON data, non-integers as float64. */
export function fromJson(value: unknown): GoValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isInteger(value) ? value : new GoFloat(value);
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(fromJson);
  if (typeof value === 'object') {
    const map: GoMap = {};
    for (const [key, item] of Object.entries(value)) if (item !== undefined) map[key] = fromJson(item);
    return map;
  }
  return null;
}

export function isMap(value: GoValue): value is GoMap {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof GoFloat) && !(value instanceof GoInt);
}

export type BasicKind = 'invalid' | 'nil' | 'bool' | 'int' | 'float' | 'string' | 'slice' | 'map';

export function kindOf(value: GoValue): BasicKind {
  if (value === undefined) return 'invalid';
  if (value === null) return 'nil';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number' || value instanceof GoInt) return 'int';
  if (typeof value === 'string') return 'string';
  if (value instanceof GoFloat) return 'float';
  return Array.isArray(value) ? 'slice' : 'map';
}

/** Go's type names, as fmt's `%!d(string=x)` and text/template's messages print them. */
export function typeName(value: GoValue): string {
  const names: Record<BasicKind, string> = {
    invalid: '<nil>',
    nil: '<nil>',
    bool: 'bool',
    int: 'int64',
    float: 'float64',
    string: 'string',
    slice: '[]interface {}',
    map: 'map[string]interface {}',
  };
  return value instanceof GoInt ? 'int' : names[kindOf(value)];
}

/** text/template's isTrue: the zero value of its type is false. */
export function isTrue(value: GoValue): boolean {
  switch (kindOf(value)) {
    case 'invalid':
    case 'nil':
      return false;
    case 'bool':
      return value as boolean;
    case 'int':
      return intValue(value) !== 0;
    case 'float':
      return (value as GoFloat).value !== 0;
    case 'string':
      return (value as string).length > 0;
    case 'slice':
      return (value as GoValue[]).length > 0;
    default:
      return Object.keys(value as GoMap).length > 0;
  }
}

/** Map keys in the order fmt prints and range visits them (sorted, byte-wise). */
export function sortedKeys(map: GoMap): string[] {
  return Object.keys(map).sort(compareGoStrings);
}

/** fmt's `%v`: nil as `<nil>`, slices as `[a b]`, maps as `map[k:v]` with sorted keys, floats as `%g`. */
export function formatValue(value: GoValue): string {
  switch (kindOf(value)) {
    case 'invalid':
    case 'nil':
      return '<nil>';
    case 'float':
      return goFloatG((value as GoFloat).value);
    case 'int':
      return String(intValue(value));
    case 'slice':
      return `[${(value as GoValue[]).map(formatValue).join(' ')}]`;
    case 'map': {
      const map = value as GoMap;
      return `map[${sortedKeys(map)
        .map((key) => `${key}:${formatValue(map[key])}`)
        .join(' ')}]`;
    }
    default:
      return String(value);
  }
}

/** What `{{pipeline}}` writes: text/template's printValue, where an invalid or nil value is `<no value>`. */
export function printedValue(value: GoValue): string {
  return value === undefined || value === null ? '<no value>' : formatValue(value);
}
