/**
 * field.Error constructors for values that `goValue` cannot render: Go structs printed with `%#v`
 * (`v1.LabelSelector{...}`, `intstr.IntOrString{...}`) and `field.OmitValueType`. The caller passes the
 * already-rendered Go text; the wording of each type follows field.ErrorType.String().
 */
import type { FieldError } from '../api-error';

export const invalidGo = (field: string, goText: string, detail: string): FieldError => ({
  field,
  detail: `Invalid value: ${goText}${detail ? `: ${detail}` : ''}`,
});

/** field.Invalid with field.OmitValueType{}: the value is left out of the message. */
export const invalidOmitted = (field: string, detail: string): FieldError => ({ field, detail: `Invalid value: ${detail}` });

export const duplicateGo = (field: string, goText: string): FieldError => ({ field, detail: `Duplicate value: ${goText}` });

export const unsupportedGo = (field: string, goText: string, supported: readonly string[]): FieldError => ({
  field,
  detail: `Unsupported value: ${goText}: supported values: ${supported.map((s) => `"${s}"`).join(', ')}`,
});

/** A Duplicate whose Detail was overwritten (validateNodeTaints does `duplicatedError.Detail = ...`). */
export const duplicateWithDetail = (field: string, goText: string, detail: string): FieldError => ({
  field,
  detail: `Duplicate value: ${goText}: ${detail}`,
});
