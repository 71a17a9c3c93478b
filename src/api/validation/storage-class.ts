/**
 * StorageClass: ValidateStorageClass / ValidateStorageClassUpdate of pkg/apis/storage/validation (v1.32).
 * Provisioner, parameters and reclaimPolicy are frozen with "updates to X are forbidden.", and
 * volumeBindingMode is immutable.
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';
import type { StorageClass } from '../schemas';
import { deepEqual, nameIsDNSSubdomain, sortedEntries, validateImmutable, validateLabelName, validateObjectMeta, validateObjectMetaUpdate } from './object-meta';
import { byteLength } from './string-formats';

const RECLAIM_POLICIES = ['Delete', 'Retain'];
const BINDING_MODES = ['Immediate', 'WaitForFirstConsumer'];
const MAX_PARAMETERS = 512;
const MAX_PARAMETERS_SIZE = 256 * 1024;

function validateParameters(params: Record<string, string> | undefined): FieldError[] {
  const entries = sortedEntries(params);
  if (entries.length > MAX_PARAMETERS) return [fieldError.tooLong('parameters', MAX_PARAMETERS)];
  const errs = entries.filter(([k]) => k.length < 1).map(([k]) => fieldError.invalid('parameters', k, 'field can not be empty.'));
  const size = entries.reduce((sum, [k, v]) => sum + byteLength(k) + byteLength(v), 0);
  if (size > MAX_PARAMETERS_SIZE) errs.push(fieldError.tooLong('parameters', MAX_PARAMETERS_SIZE));
  return errs;
}

export function validateStorageClass(sc: StorageClass): FieldError[] {
  const errs = validateObjectMeta(sc.metadata, false, nameIsDNSSubdomain);
  const provisioner = sc.provisioner ?? '';
  if (!provisioner) errs.push(fieldError.required('provisioner'));
  else errs.push(...validateLabelName(provisioner.toLowerCase(), 'provisioner'));
  errs.push(...validateParameters(sc.parameters));
  if (sc.reclaimPolicy && !RECLAIM_POLICIES.includes(sc.reclaimPolicy)) errs.push(fieldError.unsupported('reclaimPolicy', sc.reclaimPolicy, RECLAIM_POLICIES));
  if (sc.volumeBindingMode !== undefined && !BINDING_MODES.includes(sc.volumeBindingMode)) {
    errs.push(fieldError.unsupported('volumeBindingMode', sc.volumeBindingMode, BINDING_MODES));
  }
  return errs;
}

/** ValidateStorageClassUpdate runs alongside ValidateStorageClass in the strategy, update checks first. */
export function validateStorageClassUpdate(sc: StorageClass, old: StorageClass): FieldError[] {
  const errs = validateObjectMetaUpdate(sc.metadata, old.metadata);
  if (!deepEqual(sc.parameters, old.parameters)) errs.push(fieldError.forbidden('parameters', 'updates to parameters are forbidden.'));
  if (sc.provisioner !== old.provisioner) errs.push(fieldError.forbidden('provisioner', 'updates to provisioner are forbidden.'));
  if ((sc.reclaimPolicy ?? 'Delete') !== (old.reclaimPolicy ?? 'Delete')) errs.push(fieldError.forbidden('reclaimPolicy', 'updates to reclaimPolicy are forbidden.'));
  errs.push(...validateImmutable(sc.volumeBindingMode ?? null, old.volumeBindingMode ?? null, 'volumeBindingMode'));
  return [...validateStorageClass(sc), ...errs];
}
