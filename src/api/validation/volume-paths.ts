/**
 * Path checks shared by volumes and volume mounts: validateLocalDescendingPath, validatePathNoBacksteps
 * and ValidateLocalNonReservedPath of pkg/apis/core/validation/validation.go.
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';

export function validatePathNoBacksteps(target: string, path: string): FieldError[] {
  // One error is enough even for `../../..`.
  return target.split('/').includes('..') ? [fieldError.invalid(path, target, "must not contain '..'")] : [];
}

export function validateLocalDescendingPath(target: string, path: string): FieldError[] {
  const errs = target.startsWith('/') ? [fieldError.invalid(path, target, 'must be a relative path')] : [];
  return [...errs, ...validatePathNoBacksteps(target, path)];
}

export function validateLocalNonReservedPath(target: string, path: string): FieldError[] {
  const errs = validateLocalDescendingPath(target, path);
  // Not reported again when the '..' element check already caught it.
  if (target.startsWith('..') && !target.startsWith('../')) errs.push(fieldError.invalid(path, target, "must not start with '..'"));
  return errs;
}

export const FILE_MODE_ERROR_MSG = 'must be a number between 0 and 0777 (octal), both inclusive';

export function validateFileMode(mode: number | undefined, path: string): FieldError[] {
  return mode !== undefined && (mode > 0o777 || mode < 0) ? [fieldError.invalid(path, mode, FILE_MODE_ERROR_MSG)] : [];
}
