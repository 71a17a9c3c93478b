/**
 * Builders for apimachinery `field.Error` detail strings, spelled as `field.ErrorType.String()` does.
 * Values are rendered with Go's `%#v`-like formatting for maps so messages match kubectl byte for byte.
 */
import type { FieldError } from './api-error';
import { compareGoStrings } from './go-string-order';

export const fieldError = {
  required: (field: string, detail = ''): FieldError => ({ field, detail: detail ? `Required value: ${detail}` : 'Required value' }),
  invalid: (field: string, value: unknown, detail: string): FieldError => ({
    field,
    detail: `Invalid value: ${goValue(value)}${detail ? `: ${detail}` : ''}`,
  }),
  unsupported: (field: string, value: unknown, supported: readonly string[]): FieldError => ({
    field,
    detail: `Unsupported value: ${goValue(value)}: supported values: ${supported.map((s) => `"${s}"`).join(', ')}`,
  }),
  forbidden: (field: string, detail: string): FieldError => ({ field, detail: `Forbidden: ${detail}` }),
  duplicate: (field: string, value: unknown): FieldError => ({ field, detail: `Duplicate value: ${goValue(value)}` }),
  notFound: (field: string, value: unknown): FieldError => ({ field, detail: `Not found: ${goValue(value)}` }),
  tooLong: (field: string, max: number): FieldError => ({ field, detail: `Too long: may not be more than ${max} bytes` }),
  tooMany: (field: string, actual: number, max: number): FieldError => ({
    field,
    detail: `Too many: ${actual}: must have at most ${max} items`,
  }),
};

/** Renders a value as apimachinery prints it in `Invalid value: ...` (strings quoted, maps as Go's %#v). */
export function goValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) return `[]string{${value.map((v) => JSON.stringify(v)).join(', ')}}`;
    return `[]interface {}{${value.map(goValue).join(', ')}}`;
  }
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => compareGoStrings(a, b));
  if (entries.every(([, v]) => typeof v === 'string')) {
    return `map[string]string{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(', ')}}`;
  }
  return `map[string]interface {}{${entries.map(([k, v]) => `${JSON.stringify(k)}:${goValue(v)}`).join(', ')}}`;
}
