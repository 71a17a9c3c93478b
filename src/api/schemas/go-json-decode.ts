/**
 * Decodes a manifest the way the apiserver's strict JSON serializer does (sigs.k8s.io/json, a fork of
 * encoding/json, in k8s.io/apimachinery/pkg/runtime/serializer/json): `null` becomes the zero value,
 * the first type mismatch is reported in encoding/json's words, and, only when there is none, every
 * unknown field is reported with its path (`spec.containers[0].imagee`).
 * kubectl sends JSON with sorted keys (it converts YAML through a Go map), so keys are visited sorted.
 */
import { GO_STRUCTS } from './generated/go-fields';
import { checkBase64, checkQuantity } from './go-literals';
import { compareGoStrings } from '../go-string-order';
import { canonicalQuantity } from '../validation/quantity';

export interface GoDecodeResult {
  /** The decoded value: nulls replaced by zero values or dropped, quantities as strings, as Go would re-encode them. */
  value: Record<string, unknown>;
  /** encoding/json's error, e.g. `json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32`. */
  error?: string;
  /** Paths of unknown fields, in decoding order (`spec.containers[0].imagee`). */
  unknownFields: string[];
}

interface Cursor {
  /** encoding/json's errorContext: the innermost struct and the JSON field names leading to it. */
  struct: string;
  fieldStack: readonly string[];
  /** sigs.k8s.io/json's strictFieldStack, joined. */
  strictPath: string;
}

class Decoder {
  error: string | undefined;
  readonly unknownFields: string[] = [];

  decode(value: unknown, notation: string, at: Cursor): unknown {
    if (value === null) return zeroValue(notation);
    if (notation.startsWith('#')) return this.struct(value, notation.slice(1), at);
    if (notation.startsWith('[]')) return this.slice(value, notation, at);
    if (notation.startsWith('map:')) return this.map(value, notation, at);
    return this.literal(value, notation, at);
  }

  private struct(value: unknown, name: string, at: Cursor): unknown {
    const struct = GO_STRUCTS[name];
    if (!struct) throw new Error(`no Go struct ${name}`);
    if (!isPlainObject(value)) return this.mismatch(value, `v1.${struct.go}`, at);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort(compareGoStrings)) {
      const notation = struct.fields[key];
      const strictPath = at.strictPath ? `${at.strictPath}.${key}` : key;
      if (notation === undefined) {
        this.unknownFields.push(strictPath);
        continue;
      }
      const field = value[key];
      const cursor = { struct: struct.go, fieldStack: [...at.fieldStack, key], strictPath };
      // A null field leaves Go's zero value, which the apiserver omits when it encodes the object.
      if (field !== null) out[key] = this.decode(field, notation, cursor);
    }
    return out;
  }

  private slice(value: unknown, notation: string, at: Cursor): unknown {
    if (!Array.isArray(value)) return this.mismatch(value, goType(notation), at);
    const element = notation.slice(2);
    return value.map((item, i) => this.decode(item, element, { ...at, strictPath: `${at.strictPath}[${i}]` }));
  }

  private map(value: unknown, notation: string, at: Cursor): unknown {
    if (!isPlainObject(value)) return this.mismatch(value, goType(notation), at);
    const element = notation.slice(4);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort(compareGoStrings)) {
      out[key] = this.decode(value[key], element, { ...at, strictPath: `${at.strictPath}.${key}` });
    }
    return out;
  }

  private literal(value: unknown, notation: string, at: Cursor): unknown {
    const expected = LITERAL_KINDS[notation];
    if (notation === 'any') return value;
    // Quantity.UnmarshalJSON takes a bare number as its text; ParseQuantity keeps the text only when it is already
    // canonical, and MarshalJSON writes the canonical form otherwise, so the apiserver stores `cpu: 0.5` as "500m".
    if (notation === 'quantity') return this.fail(checkQuantity(value)) ?? canonicalQuantity(String(value));
    if (notation === 'intstr') return typeof value === 'string' ? value : this.literal(value, 'int32', at);
    if (notation === 'bytes' && typeof value === 'string') return this.fail(checkBase64(value)) ?? value;
    if (expected !== jsonKind(value)) return this.mismatch(value, goType(notation), at);
    if ((notation === 'int32' || notation === 'int64') && !fitsInt(value as number, notation)) {
      return this.mismatch(value, notation, at, `number ${String(value)}`);
    }
    return value;
  }

  /** Records a non-contextual error (Quantity's and base64's own messages); returns undefined when there is none. */
  private fail(message: string | undefined): undefined {
    if (message !== undefined) this.error ??= message;
    return undefined;
  }

  private mismatch(value: unknown, type: string, at: Cursor, described = jsonKind(value)): unknown {
    const where = at.fieldStack.length ? `Go struct field ${at.struct}.${at.fieldStack.join('.')}` : 'Go value';
    this.error ??= `json: cannot unmarshal ${described} into ${where} of type ${type}`;
    return value;
  }
}

/** Decodes `raw` (an object) as the Go struct `schemaName` (a key of GO_STRUCTS). */
export function decodeGoJson(raw: Record<string, unknown>, schemaName: string): GoDecodeResult {
  const decoder = new Decoder();
  const value = decoder.decode(raw, `#${schemaName}`, { struct: '', fieldStack: [], strictPath: '' });
  return { value: value as Record<string, unknown>, error: decoder.error, unknownFields: decoder.unknownFields };
}

const LITERAL_KINDS: Readonly<Record<string, string>> = {
  string: 'string',
  time: 'string',
  bytes: 'string',
  int32: 'number',
  int64: 'number',
  float64: 'number',
  bool: 'bool',
};

/** The Go type a notation stands for, as reflect.Type.String() prints it (k8s.io/api packages are all `v1`). */
export function goType(notation: string): string {
  if (notation.startsWith('#')) return `v1.${GO_STRUCTS[notation.slice(1)]?.go ?? notation.slice(1)}`;
  if (notation.startsWith('[]')) return `[]${goType(notation.slice(2))}`;
  // core/v1 ResourceList is the only map of quantities in scope: `type ResourceList map[ResourceName]resource.Quantity`.
  if (notation === 'map:quantity') return 'v1.ResourceList';
  if (notation.startsWith('map:')) return `map[string]${goType(notation.slice(4))}`;
  const scalars: Record<string, string> = {
    time: 'string', // metav1.Time unmarshals through a Go string first, so mismatches name `string`.
    bytes: '[]uint8',
    quantity: 'resource.Quantity',
    intstr: 'int32',
    any: 'interface {}',
  };
  return scalars[notation] ?? notation;
}

function zeroValue(notation: string): unknown {
  if (notation.startsWith('#') || notation.startsWith('map:')) return {};
  if (notation.startsWith('[]') || notation === 'any') return null;
  if (['int32', 'int64', 'float64', 'intstr'].includes(notation)) return 0;
  if (notation === 'bool') return false;
  return notation === 'quantity' ? '0' : '';
}

/** The word encoding/json uses for a JSON value in `cannot unmarshal <kind>`. */
function jsonKind(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number' || typeof value === 'bigint') return 'number';
  return typeof value === 'string' ? 'string' : 'object';
}

function fitsInt(value: number, notation: 'int32' | 'int64'): boolean {
  if (!Number.isInteger(value)) return false;
  return notation === 'int64' ? Number.isSafeInteger(value) : value >= -(2 ** 31) && value < 2 ** 31;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
