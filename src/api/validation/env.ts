/**
 * Container environment: ValidateEnv, validateEnvVarValueFrom, ValidateEnvFrom and the downward-API field
 * selectors of pkg/apis/core/validation/validation.go. Names use the relaxed rule, since
 * RelaxedEnvironmentVariableValidation is beta and on by default in v1.32.
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';
import type { EnvFromSource, EnvVar, ObjectFieldSelector } from '../schemas';
import { child, index } from './field-path';
import { nameIsDNSSubdomain } from './object-meta';
import { isConfigMapKey, isQualifiedName, isRelaxedEnvVarName } from './string-formats';
import { ValidSubtrees } from './valid-subtrees';

// pkg/apis/core/pods ConvertDownwardAPIFieldLabel (v1): what the conversion accepts at all.
const CONVERTIBLE_FIELD_PATHS = new Set([
  'metadata.annotations', 'metadata.labels', 'metadata.name', 'metadata.namespace', 'metadata.uid', 'spec.nodeName', 'spec.restartPolicy',
  'spec.serviceAccountName', 'spec.schedulerName', 'status.phase', 'status.hostIP', 'status.hostIPs', 'status.podIP', 'status.podIPs',
]);
const ENV_FIELD_PATHS = ['metadata.name', 'metadata.namespace', 'metadata.uid', 'spec.nodeName', 'spec.serviceAccountName', 'status.hostIP', 'status.hostIPs', 'status.podIP', 'status.podIPs'];
const ENV_RESOURCE_FIELDS = ['limits.cpu', 'limits.ephemeral-storage', 'limits.memory', 'requests.cpu', 'requests.ephemeral-storage', 'requests.memory'];
const SUBSCRIPTED = /^(metadata\.(?:annotations|labels))\['(.*)'\]$/;

const VALID_ENV = new ValidSubtrees();
const VALID_ENV_FROM = new ValidSubtrees();

export function validateEnv(vars: readonly EnvVar[] | undefined, path: string): FieldError[] {
  if (!vars || VALID_ENV.has(vars)) return [];
  return VALID_ENV.remember(vars, envErrors(vars, path));
}

function envErrors(vars: readonly EnvVar[], path: string): FieldError[] {
  return vars.flatMap((ev, i) => {
    const p = index(path, i);
    const errs = ev.name ? isRelaxedEnvVarName(ev.name).map((msg) => fieldError.invalid(child(p, 'name'), ev.name, msg)) : [fieldError.required(child(p, 'name'))];
    return [...errs, ...validateValueFrom(ev, child(p, 'valueFrom'))];
  });
}

function validateValueFrom(ev: EnvVar, path: string): FieldError[] {
  const from = ev.valueFrom;
  if (!from) return [];
  const errs: FieldError[] = [];
  let sources = 0;
  if (from.fieldRef) {
    sources++;
    errs.push(...validateObjectFieldSelector(from.fieldRef, child(path, 'fieldRef')));
  }
  if (from.resourceFieldRef) {
    sources++;
    const resource = from.resourceFieldRef.resource ?? '';
    const rpath = child(path, 'resourceFieldRef', 'resource');
    if (!resource) errs.push(fieldError.required(rpath));
    else if (!ENV_RESOURCE_FIELDS.includes(resource) && !/^(requests|limits)\.hugepages-/.test(resource)) errs.push(fieldError.unsupported(rpath, resource, ENV_RESOURCE_FIELDS));
  }
  if (from.configMapKeyRef) {
    sources++;
    errs.push(...validateKeySelector(from.configMapKeyRef, child(path, 'configMapKeyRef')));
  }
  if (from.secretKeyRef) {
    sources++;
    errs.push(...validateKeySelector(from.secretKeyRef, child(path, 'secretKeyRef')));
  }
  if (sources === 0) errs.push(fieldError.invalid(path, '', 'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`'));
  else if (ev.value) errs.push(fieldError.invalid(path, '', 'may not be specified when `value` is not empty'));
  else if (sources > 1) errs.push(fieldError.invalid(path, '', 'may not have more than one field specified at a time'));
  return errs;
}

/** validateObjectFieldSelector with the env expressions; apiVersion defaults to v1 when absent. */
function validateObjectFieldSelector(fs: ObjectFieldSelector, path: string): FieldError[] {
  const fieldPath = fs.fieldPath ?? '';
  if (!fieldPath) return [fieldError.required(child(path, 'fieldPath'))];
  const subscripted = SUBSCRIPTED.exec(fieldPath);
  if (!subscripted && !CONVERTIBLE_FIELD_PATHS.has(fieldPath)) {
    return [fieldError.invalid(child(path, 'fieldPath'), fieldPath, `error converting fieldPath: field label not supported: ${fieldPath}`)];
  }
  if (subscripted) {
    const [, base = '', sub = ''] = subscripted;
    const name = base === 'metadata.annotations' ? sub.toLowerCase() : sub;
    return isQualifiedName(name).map((msg) => fieldError.invalid(path, name, msg));
  }
  return ENV_FIELD_PATHS.includes(fieldPath) ? [] : [fieldError.unsupported(child(path, 'fieldPath'), fieldPath, ENV_FIELD_PATHS)];
}

function validateKeySelector(s: { name?: string; key?: string }, path: string): FieldError[] {
  const errs = nameIsDNSSubdomain(s.name ?? '', false).map((msg) => fieldError.invalid(child(path, 'name'), s.name ?? '', msg));
  if (!s.key) errs.push(fieldError.required(child(path, 'key')));
  else errs.push(...isConfigMapKey(s.key).map((msg) => fieldError.invalid(child(path, 'key'), s.key, msg)));
  return errs;
}

export function validateEnvFrom(sources: readonly EnvFromSource[] | undefined, path: string): FieldError[] {
  if (!sources || VALID_ENV_FROM.has(sources)) return [];
  return VALID_ENV_FROM.remember(sources, envFromErrors(sources, path));
}

function envFromErrors(sources: readonly EnvFromSource[], path: string): FieldError[] {
  return sources.flatMap((ev, i) => {
    const p = index(path, i);
    const errs = ev.prefix ? isRelaxedEnvVarName(ev.prefix).map((msg) => fieldError.invalid(child(p, 'prefix'), ev.prefix, msg)) : [];
    const refs: [string, { name?: string } | undefined][] = [['configMapRef', ev.configMapRef], ['secretRef', ev.secretRef]];
    const present = refs.filter(([, ref]) => ref !== undefined);
    for (const [name, ref] of present) {
      if (!ref?.name) errs.push(fieldError.required(child(p, name, 'name')));
      else errs.push(...nameIsDNSSubdomain(ref.name, true).map((msg) => fieldError.invalid(child(p, name, 'name'), ref.name, msg)));
    }
    // Go reports these two under the list path, not the entry's.
    if (present.length === 0) errs.push(fieldError.invalid(path, '', 'must specify one of: `configMapRef` or `secretRef`'));
    else if (present.length > 1) errs.push(fieldError.invalid(path, '', 'may not have more than one field specified at a time'));
    return errs;
  });
}
