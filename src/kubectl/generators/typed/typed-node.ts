/**
 * Marshals a plain object the way encoding/json marshals the typed Go struct it stands for
 * (k8s.io/api types + `json` tags): fields in declaration order, `omitempty` fields dropped when
 * zero, struct-valued fields always present (`status: {}`, `resources: {}`), unset `metav1.Time`
 * as `null`, map keys sorted, unknown fields dropped as a typed decode would drop them.
 */
import { GO_ALIASES, GO_STRUCTS } from './go-structs';
import { parseGoType, type GoType } from './go-type';
import { GO_NULL, type GoNode, untypedNode } from './go-node';
import { compareGoStrings } from '../../../api/go-string-order';

/** Types whose MarshalJSON is custom: handled here, not by their (private) struct fields. */
const CUSTOM: Readonly<Record<string, (value: unknown) => GoNode>> = {
  Time: (v) => (typeof v === 'string' && v !== '' ? { kind: 'string', value: v } : GO_NULL),
  MicroTime: (v) => (typeof v === 'string' && v !== '' ? { kind: 'string', value: v } : GO_NULL),
  IntOrString: (v) => (typeof v === 'string' ? { kind: 'string', value: v } : { kind: 'number', value: typeof v === 'number' ? v : 0 }),
  Quantity: (v) => ({ kind: 'string', value: v === undefined || v === null ? '0' : String(v) }),
  FieldsV1: untypedNode,
  RawExtension: untypedNode,
};

export function isKnownStruct(name: string): boolean {
  return name in GO_STRUCTS;
}

/** The JSON of a whole struct value (`{}` for undefined, as for a Go zero value). */
export function structNode(value: unknown, structName: string): GoNode {
  return { kind: 'object', entries: structEntries(asRecord(value), structName) };
}

function structEntries(record: Record<string, unknown>, structName: string): [string, GoNode][] {
  const entries: [string, GoNode][] = [];
  for (const field of compiledFields(structName)) {
    if (field.embedded) {
      entries.push(...structEntries(record, field.goType));
      continue;
    }
    const node = fieldNode(record[field.name], field.goType, field.omitempty);
    if (node) entries.push([field.name, node]);
  }
  return entries;
}

interface CompiledField {
  readonly name: string;
  readonly goType: string;
  readonly omitempty: boolean;
  /** `... Type`: an embedded struct whose fields are inlined. */
  readonly embedded: boolean;
}

/** A struct's field table, split once per struct rather than once per marshalled value. */
function compiledFields(structName: string): readonly CompiledField[] {
  let fields = COMPILED.get(structName);
  if (!fields) {
    fields = (GO_STRUCTS[structName] ?? []).map((field) => {
      const [name = '', goType = '', omitempty] = field.split(' ');
      return { name, goType, omitempty: omitempty === '?', embedded: name === '...' };
    });
    COMPILED.set(structName, fields);
  }
  return fields;
}

const COMPILED = new Map<string, readonly CompiledField[]>();

/** One field's JSON, or undefined when encoding/json leaves it out. */
function fieldNode(value: unknown, goType: string, omitempty: boolean): GoNode | undefined {
  const type = goTypeOf(goType);
  const absent = value === undefined || value === null;
  switch (type.kind) {
    case 'pointer':
      if (absent) return omitempty ? undefined : GO_NULL;
      return valueNode(value, type.elem);
    case 'slice':
      if (absent || (omitempty && Array.isArray(value) && value.length === 0)) return omitempty ? undefined : GO_NULL;
      return { kind: 'array', items: (value as unknown[]).map((item) => valueNode(item, type.elem)) };
    case 'map':
      if (absent || (omitempty && Object.keys(asRecord(value)).length === 0)) return omitempty ? undefined : GO_NULL;
      return mapNode(asRecord(value), type.value);
    case 'named':
      if (CUSTOM[type.name] || isKnownStruct(type.name)) return valueNode(value, type.name);
      return scalarField(value, type.name, omitempty);
  }
}

/** A value in a position that is never omitted: a pointer's target, a slice element, a map value. */
function valueNode(value: unknown, goType: string): GoNode {
  const type = goTypeOf(goType);
  if (type.kind !== 'named') return fieldNode(value, goType, false) ?? GO_NULL;
  const custom = CUSTOM[type.name];
  if (custom) return custom(value);
  if (isKnownStruct(type.name)) return structNode(value, type.name);
  return scalarField(value, type.name, false) ?? GO_NULL;
}

/** The parsed type behind a field's type name (aliases resolved), memoized: the set of names is fixed. */
function goTypeOf(goType: string): GoType {
  let type = GO_TYPES.get(goType);
  if (!type) GO_TYPES.set(goType, (type = parseGoType(GO_ALIASES[goType] ?? goType)));
  return type;
}

const GO_TYPES = new Map<string, GoType>();

function mapNode(record: Record<string, unknown>, valueType: string): GoNode {
  const keys = Object.keys(record).sort(compareGoStrings);
  return { kind: 'object', entries: keys.map((k): [string, GoNode] => [k, valueNode(record[k], valueType)]) };
}

/** Go scalars (string, intN, bool, named string types, []byte as base64 text): zero values drop under omitempty. */
function scalarField(value: unknown, goType: string, omitempty: boolean): GoNode | undefined {
  const zero = zeroOf(goType);
  const actual = value === undefined || value === null ? zero : value;
  if (omitempty && (actual === zero || actual === '')) return undefined;
  if (actual === null) return GO_NULL;
  return untypedNode(actual);
}

function zeroOf(goType: string): string | number | boolean | null {
  if (/^u?int(8|16|32|64)?$|^float(32|64)$/.test(goType)) return 0;
  if (goType === 'bool') return false;
  if (goType === 'bytes') return null;
  return '';
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
