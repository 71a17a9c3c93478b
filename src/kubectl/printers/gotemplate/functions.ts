/**
 * The functions a kubectl go-template can call: text/template's builtins (src/text/template/funcs.go) that
 * make sense on JSON data, plus the two kubectl adds in cli-runtime/pkg/printers/template.go: `base64decode`
 * and `exists`. `and`/`or` short-circuit and are evaluated by the executor; the rest take evaluated arguments.
 * A thrown FunctionError becomes `error calling NAME: …`.
 */
import { goSprintf } from './printf';
import { formatValue, GoFloat, GoInt, intValue, isMap, isTrue, kindOf, typeName, type GoValue } from './values';

export class FunctionError extends Error {}

export interface TemplateFunction {
  /** Fixed arity, or the minimum when variadic. */
  arity: number;
  variadic?: boolean;
  /** Parameters that must be strings (Go's `string`-typed parameters), checked before the call. */
  stringParams?: number[];
  call(args: GoValue[]): GoValue;
}

const fn = (arity: number, call: (args: GoValue[]) => GoValue, variadic = false, stringParams?: number[]): TemplateFunction => ({ arity, variadic, call, stringParams });

export const FUNCTIONS: Readonly<Record<string, TemplateFunction>> = {
  and: fn(1, (args) => args.find((a) => !isTrue(a)) ?? args[args.length - 1], true),
  or: fn(1, (args) => args.find(isTrue) ?? args[args.length - 1], true),
  not: fn(1, ([a]) => !isTrue(a)),
  len: fn(1, ([a]) => goLen(a)),
  index: fn(1, ([item, ...keys]) => keys.reduce<GoValue>(indexOne, item), true),
  print: fn(0, (args) => goSprint(args), true),
  println: fn(0, (args) => `${args.map(formatValue).join(' ')}\n`, true),
  printf: fn(1, ([format, ...args]) => goSprintf(format as string, args), true, [0]),
  eq: fn(1, ([first, ...rest]) => {
    if (rest.length === 0) throw new FunctionError('missing argument for comparison');
    return rest.some((other) => equal(first, other));
  }, true),
  ne: fn(2, ([a, b]) => !equal(a, b)),
  lt: fn(2, ([a, b]) => less(a, b)),
  le: fn(2, ([a, b]) => less(a, b) || equal(a, b)),
  gt: fn(2, ([a, b]) => !less(a, b) && !equal(a, b)),
  ge: fn(2, ([a, b]) => !less(a, b)),
  base64decode: fn(1, ([text]) => base64decode(text as string), false, [0]),
  exists: fn(1, ([item, ...keys]) => exists(item, keys), true),
};

export const FUNCTION_NAMES: ReadonlySet<string> = new Set(Object.keys(FUNCTIONS));

function goLen(value: GoValue): GoValue {
  if (value === undefined) throw new FunctionError('reflect: call of reflect.Value.Type on zero Value');
  if (typeof value === 'string') return new GoInt(Buffer.byteLength(value, 'utf8'));
  if (Array.isArray(value)) return new GoInt(value.length);
  if (isMap(value)) return new GoInt(Object.keys(value).length);
  throw new FunctionError(`len of type ${value === null ? 'interface {}' : typeName(value)}`);
}

function indexOne(item: GoValue, key: GoValue): GoValue {
  if (item === undefined || item === null) throw new FunctionError('index of untyped nil');
  if (Array.isArray(item) || typeof item === 'string') {
    if (kindOf(key) !== 'int') throw new FunctionError(`cannot index slice/array with type ${typeName(key)}`);
    const i = intValue(key)!;
    const length = typeof item === 'string' ? Buffer.byteLength(item, 'utf8') : item.length;
    if (i < 0 || i >= length) throw new FunctionError(`index out of range: ${i}`);
    return typeof item === 'string' ? new GoInt(Buffer.from(item, 'utf8')[i]!) : item[i];
  }
  if (isMap(item)) {
    if (typeof key !== 'string') throw new FunctionError(`value has type ${typeName(key)}; should be string`);
    return Object.hasOwn(item, key) ? item[key] : undefined;
  }
  throw new FunctionError(`can't index item of type ${typeName(item)}`);
}

/** fmt.Sprint: a space between operands when neither side is a string. */
function goSprint(args: GoValue[]): string {
  let out = '';
  args.forEach((arg, i) => {
    if (i > 0 && typeof arg !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += formatValue(arg);
  });
  return out;
}

type Comparable = 'bool' | 'int' | 'float' | 'string';

function comparable(value: GoValue): Comparable {
  const kind = kindOf(value);
  if (kind === 'bool' || kind === 'int' || kind === 'float' || kind === 'string') return kind;
  throw new FunctionError('invalid type for comparison');
}

function scalar(value: GoValue): boolean | number | string {
  if (value instanceof GoFloat || value instanceof GoInt) return value.value;
  return value as boolean | number | string;
}

/** text/template's eq: nil and missing values equal only each other; otherwise both sides must be one basic kind. */
function equal(a: GoValue, b: GoValue): boolean {
  if (a === undefined || a === null || b === undefined || b === null) return (a ?? null) === (b ?? null);
  const kind = kindOf(a);
  if (kind === 'slice' || kind === 'map') throw new FunctionError(`uncomparable type ${typeName(a)}: ${formatValue(a)}`);
  if (kind !== kindOf(b)) throw new FunctionError('incompatible types for comparison');
  return scalar(a) === scalar(b);
}

function less(a: GoValue, b: GoValue): boolean {
  const kind = comparable(a);
  if (kind === 'bool') throw new FunctionError('invalid type for comparison');
  if (kind !== comparable(b)) throw new FunctionError('incompatible types for comparison');
  return scalar(a) < scalar(b);
}

function base64decode(text: string): string {
  const clean = text;
  const invalid = /[^A-Za-z0-9+/=]/.exec(clean);
  const badLength = clean.length % 4 !== 0;
  if (invalid || badLength || /=[^=]/.test(clean)) {
    const at = invalid ? invalid.index : badLength ? clean.length - (clean.length % 4) : clean.indexOf('=');
    throw new FunctionError(`base64 decode failed: illegal base64 data at input byte ${at}`);
  }
  return Buffer.from(clean, 'base64').toString('utf8');
}

/** kubectl's exists: whether `index item keys…` would find something. */
function exists(item: GoValue, keys: GoValue[]): boolean {
  let current = item;
  for (const key of keys) {
    const i = intValue(key);
    if (Array.isArray(current) && i !== undefined && i >= 0 && i < current.length) current = current[i];
    else if (isMap(current) && typeof key === 'string' && Object.hasOwn(current, key)) current = current[key];
    else return false;
  }
  return true;
}
