/**
 * ConfigMap: ValidateConfigMap / ValidateConfigMapUpdate of pkg/apis/core/validation (v1.32). Keys must be
 * config keys and not repeat across data and binaryData; values may total 1 MiB, reported against the
 * empty path (`[]: Too long: may not be more than 1048576 bytes`). With `immutable: true`, data,
 * binaryData and the flag itself are frozen.
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';
import type { ConfigMap } from '../schemas';
import { key } from './field-path';
import { deepEqual, nameIsDNSSubdomain, sortedEntries, validateObjectMeta, validateObjectMetaUpdate } from './object-meta';
import { byteLength, isConfigMapKey } from './string-formats';

export const MAX_CONFIG_SIZE = 1024 * 1024;
export const IMMUTABLE_WHEN_SET = 'field is immutable when `immutable` is set';

export function validateConfigMap(cm: ConfigMap): FieldError[] {
  const errs = validateObjectMeta(cm.metadata, true, nameIsDNSSubdomain);
  let total = 0;
  for (const [k, v] of sortedEntries(cm.data)) {
    errs.push(...isConfigMapKey(k).map((msg) => fieldError.invalid(key('data', k), k, msg)));
    if (cm.binaryData && k in cm.binaryData) errs.push(fieldError.invalid(key('data', k), k, 'duplicate of key present in binaryData'));
    total += byteLength(v);
  }
  for (const [k, v] of sortedEntries(cm.binaryData)) {
    errs.push(...isConfigMapKey(k).map((msg) => fieldError.invalid(key('binaryData', k), k, msg)));
    total += Buffer.from(v, 'base64').length;
  }
  // Go passes field.NewPath(""), which prints as `[]`: the error concerns the whole object.
  if (total > MAX_CONFIG_SIZE) errs.push(fieldError.tooLong('[]', MAX_CONFIG_SIZE));
  return errs;
}

export function validateConfigMapUpdate(cm: ConfigMap, old: ConfigMap): FieldError[] {
  const errs = validateObjectMetaUpdate(cm.metadata, old.metadata);
  if (old.immutable === true) {
    if (cm.immutable !== true) errs.push(fieldError.forbidden('immutable', IMMUTABLE_WHEN_SET));
    if (!deepEqual(cm.data, old.data)) errs.push(fieldError.forbidden('data', IMMUTABLE_WHEN_SET));
    if (!deepEqual(cm.binaryData, old.binaryData)) errs.push(fieldError.forbidden('binaryData', IMMUTABLE_WHEN_SET));
  }
  return [...errs, ...validateConfigMap(cm)];
}
