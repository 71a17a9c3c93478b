/**
 * IntOrString helpers of pkg/apis/apps/validation/validation.go: ValidatePositiveIntOrPercent,
 * IsNotMoreThan100Percent and getIntOrPercentValue. The bad value prints as the Go struct
 * (`intstr.IntOrString{Type:1, IntVal:0, StrVal:"110%"}`), as kubectl shows it.
 */
import type { FieldError } from '../api-error';
import type { IntOrString } from '../schemas';
import { invalidGo } from './go-errors';
import { goIntOrString } from './go-value';
import { IS_NEGATIVE_ERROR_MSG } from './object-meta';
import { isValidPercent } from './string-formats';

export function validatePositiveIntOrPercent(value: IntOrString | undefined, path: string): FieldError[] {
  if (typeof value === 'string') return isValidPercent(value).map((msg) => invalidGo(path, goIntOrString(value), msg));
  return (value ?? 0) < 0 ? [invalidGo(path, goIntOrString(value), IS_NEGATIVE_ERROR_MSG)] : [];
}

function percentValue(value: IntOrString | undefined): number | undefined {
  return typeof value === 'string' && isValidPercent(value).length === 0 ? Number(value.slice(0, -1)) : undefined;
}

/** getIntOrPercentValue: a malformed percent counts as 0, as IntValue() of a non-numeric string does. */
export function intOrPercentValue(value: IntOrString | undefined): number {
  const percent = percentValue(value);
  if (percent !== undefined) return percent;
  if (typeof value === 'string') return /^-?\d+$/.test(value) ? Number(value) : 0;
  return value ?? 0;
}

export function isNotMoreThan100Percent(value: IntOrString | undefined, path: string): FieldError[] {
  const percent = percentValue(value);
  return percent === undefined || percent <= 100 ? [] : [invalidGo(path, goIntOrString(value), 'must not be greater than 100%')];
}
