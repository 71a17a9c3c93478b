/**
 * Helpers for this folder's tests: objects from YAML (as a user writes them after defaulting) and errors
 * rendered as kubectl prints each entry (`<field>: <detail>`).
 */
import { parse } from 'yaml';
import type { FieldError } from '../api-error';
import type { KubeObject } from '../object';

export function manifest<T extends KubeObject = KubeObject>(yaml: string): T {
  return parse(yaml) as T;
}

export function rendered(errors: readonly FieldError[]): string[] {
  return errors.map((e) => `${e.field}: ${e.detail}`);
}
