/**
 * Secret: ValidateSecret / ValidateSecretUpdate of pkg/apis/core/validation (v1.32). Validation sees the
 * decoded data with `stringData` merged in (conversion does that in Go), checks keys and the 1 MiB total,
 * then the keys each type requires. The type is immutable; with `immutable: true` so are data and the flag.
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';
import type { Secret } from '../schemas';
import { goJsonObjectError } from './go-json-syntax';
import { IMMUTABLE_WHEN_SET, MAX_CONFIG_SIZE } from './config-map';
import { key } from './field-path';
import { deepEqual, nameIsDNSSubdomain, sortedEntries, validateImmutable, validateObjectMeta, validateObjectMetaUpdate } from './object-meta';
import { isConfigMapKey } from './string-formats';
import { compareGoStrings } from '../go-string-order';

/** The Secret's bytes by key: base64 `data` overlaid with plain-text `stringData`. */
export function secretData(secret: Secret): Map<string, Buffer> {
  const data = new Map<string, Buffer>(sortedEntries(secret.data).map(([k, v]) => [k, Buffer.from(v, 'base64')]));
  for (const [k, v] of sortedEntries(secret.stringData)) data.set(k, Buffer.from(v, 'utf8'));
  return new Map([...data.entries()].sort(([a], [b]) => compareGoStrings(a, b)));
}

export function validateSecret(secret: Secret): FieldError[] {
  const errs = validateObjectMeta(secret.metadata, true, nameIsDNSSubdomain);
  const data = secretData(secret);
  let total = 0;
  for (const [k, v] of data) {
    errs.push(...isConfigMapKey(k).map((msg) => fieldError.invalid(key('data', k), k, msg)));
    total += v.length;
  }
  if (total > MAX_CONFIG_SIZE) errs.push(fieldError.tooLong('data', MAX_CONFIG_SIZE));
  return [...errs, ...validateTypedKeys(secret, data)];
}

function validateTypedKeys(secret: Secret, data: Map<string, Buffer>): FieldError[] {
  switch (secret.type ?? '') {
    case 'kubernetes.io/service-account-token':
      return secret.metadata.annotations?.['kubernetes.io/service-account.name'] ? [] : [fieldError.required('metadata.annotations[kubernetes.io/service-account.name]')];
    case 'kubernetes.io/dockercfg':
      return requireJson(data, '.dockercfg');
    case 'kubernetes.io/dockerconfigjson':
      return requireJson(data, '.dockerconfigjson');
    case 'kubernetes.io/basic-auth':
      // Either may be empty, but one of the two must be present.
      return data.has('username') || data.has('password') ? [] : [fieldError.required('data[username]'), fieldError.required('data[password]')];
    case 'kubernetes.io/ssh-auth':
      return (data.get('ssh-privatekey')?.length ?? 0) > 0 ? [] : [fieldError.required('data[ssh-privatekey]')];
    case 'kubernetes.io/tls':
      return [...(data.has('tls.crt') ? [] : [fieldError.required('data[tls.crt]')]), ...(data.has('tls.key') ? [] : [fieldError.required('data[tls.key]')])];
    default:
      return [];
  }
}

function requireJson(data: Map<string, Buffer>, name: string): FieldError[] {
  const value = data.get(name);
  if (value === undefined) return [fieldError.required(key('data', name))];
  const err = goJsonObjectError(value.toString('utf8'));
  return err ? [fieldError.invalid(key('data', name), '<secret contents redacted>', err)] : [];
}

export function validateSecretUpdate(secret: Secret, old: Secret): FieldError[] {
  const errs = [...validateObjectMetaUpdate(secret.metadata, old.metadata), ...validateImmutable(secret.type ?? '', old.type ?? '', 'type')];
  if (old.immutable === true) {
    if (secret.immutable !== true) errs.push(fieldError.forbidden('immutable', IMMUTABLE_WHEN_SET));
    const asText = (s: Secret): Record<string, string> => Object.fromEntries([...secretData(s)].map(([k, v]) => [k, v.toString('base64')]));
    if (!deepEqual(asText(secret), asText(old))) errs.push(fieldError.forbidden('data', IMMUTABLE_WHEN_SET));
  }
  return [...errs, ...validateSecret(secret)];
}
