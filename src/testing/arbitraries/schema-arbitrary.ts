/**
 * fast-check arbitraries derived from the generated zod schemas: walking a kind's schema tree gives values
 * of exactly the shape the apiserver decodes (every field optional, as in the OpenAPI spec), with leaves
 * filled in by field name (leaf-values.ts). Objects carry a few fields each and the walk stops at a fixed
 * depth, so a PodSpec stays readable instead of carrying all of its ~40 fields.
 */
import fc from 'fast-check';
import type { z } from 'zod';
import { IntOrString, Quantity, Time } from '../../api/schemas';
import { integerFor, labels, quantity, rfc3339, script, stringFor } from './leaf-values';

export interface SchemaWalkOptions {
  /** Nesting at which objects become `{}` (keeps values small). */
  readonly maxDepth: number;
  /** Fields generated per object, at most. */
  readonly maxFields: number;
}

const DEFAULTS: SchemaWalkOptions = { maxDepth: 6, maxFields: 3 };

/** The internal definition zod v4 keeps on every schema (`schema._zod.def`). */
interface ZodDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
  format?: string;
}

function defOf(schema: z.ZodType): ZodDef {
  return (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
}

export function arbitraryFromSchema(schema: z.ZodType, path: readonly string[] = [], options: SchemaWalkOptions = DEFAULTS): fc.Arbitrary<unknown> {
  if (schema === Quantity) return quantity;
  if (schema === Time) return rfc3339;
  if (schema === IntOrString) return fc.oneof(integerFor(path, 32), fc.constantFrom('http', '25%', '8080'));
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
      return arbitraryFromSchema(def.innerType!, path, options);
    case 'object':
      return objectArbitrary(def.shape!, path, options);
    case 'array':
      return arrayArbitrary(def.element!, path, options);
    case 'record':
      return recordArbitrary(def.valueType!, path, options);
    case 'string':
      return stringFor(path);
    case 'number':
      return integerFor(path, def.format === 'int32' ? 32 : 64);
    case 'boolean':
      return fc.boolean();
    case 'union':
      return fc.oneof(...def.options!.map((o) => arbitraryFromSchema(o, path, options)));
    case 'pipe':
      return arbitraryFromSchema(def.in!, path, options);
    default:
      return fc.constant({});
  }
}

function objectArbitrary(shape: Record<string, z.ZodType>, path: readonly string[], options: SchemaWalkOptions): fc.Arbitrary<unknown> {
  const keys = Object.keys(shape).filter((k) => k !== 'status' && k !== 'apiVersion' && k !== 'kind');
  if (path.length >= options.maxDepth || keys.length === 0) return fc.constant({});
  return fc.subarray(keys, { maxLength: Math.min(options.maxFields, keys.length) }).chain((chosen) => {
    const fields = Object.fromEntries(chosen.map((k) => [k, arbitraryFromSchema(shape[k]!, [...path, k], options)]));
    return fc.record(fields);
  });
}

function arrayArbitrary(element: z.ZodType, path: readonly string[], options: SchemaWalkOptions): fc.Arbitrary<unknown> {
  const field = path[path.length - 1];
  if ((field === 'command' || field === 'args') && defOf(element).type === 'string') return script;
  return fc.array(arbitraryFromSchema(element, [...path, '[]'], options), { maxLength: 2 });
}

function recordArbitrary(value: z.ZodType, path: readonly string[], options: SchemaWalkOptions): fc.Arbitrary<unknown> {
  if (defOf(value).type === 'string') return labels;
  return fc.dictionary(fc.constantFrom('a', 'b', 'storage', 'cpu'), arbitraryFromSchema(value, [...path, '{}'], options), { maxKeys: 2 });
}
