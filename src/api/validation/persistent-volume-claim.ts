/**
 * PersistentVolumeClaim: ValidatePersistentVolumeClaim / ValidatePersistentVolumeClaimUpdate of
 * pkg/apis/core/validation (v1.32). After creation the spec is frozen except volumeName (once) and, for
 * bound claims, resources.requests. RecoverVolumeExpansionFailure is beta and on in v1.32, so a request
 * may shrink back towards status.capacity but not to or below it:
 * `spec.resources.requests.storage: Forbidden: field can not be less than status.capacity`.
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';
import type { PersistentVolumeClaim } from '../schemas';
import { validateLabelSelector } from './label-selector';
import { nameIsDNSSubdomain, validateImmutable, validateObjectMeta, validateObjectMetaUpdate, deepEqual } from './object-meta';
import { canonicalQuantity, compareQuantities } from './quantity';
import { validateResourceQuantityValue } from './resource-requirements';
import { specDiff } from './spec-diff';
import { validateAccessModes, VOLUME_MODES } from './storage-common';

type Spec = NonNullable<PersistentVolumeClaim['spec']>;
const BETA_STORAGE_CLASS = 'volume.beta.kubernetes.io/storage-class';

/** The feature gate's v1.32 default; off restores the older "can not be less than previous value" rule. */
export const RECOVER_VOLUME_EXPANSION_FAILURE = true;

function validateClaimSpec(spec: Spec): FieldError[] {
  const errs = validateAccessModes(spec.accessModes, 'spec.accessModes', 'at least 1 access mode is required');
  errs.push(...validateLabelSelector(spec.selector, 'spec.selector'));
  const storage = spec.resources?.requests?.storage;
  // Go keys the path on `resources`, not `resources.requests`.
  const storagePath = 'spec.resources[storage]';
  if (storage === undefined) errs.push(fieldError.required(storagePath));
  else if (compareQuantities(storage, 0) <= 0) errs.push(fieldError.invalid(storagePath, canonicalQuantity(storage), 'must be greater than zero'));
  else errs.push(...validateResourceQuantityValue('storage', storage, storagePath));
  if (spec.storageClassName) errs.push(...nameIsDNSSubdomain(spec.storageClassName, false).map((msg) => fieldError.invalid('spec.storageClassName', spec.storageClassName, msg)));
  if (spec.volumeMode !== undefined && !VOLUME_MODES.includes(spec.volumeMode)) errs.push(fieldError.unsupported('spec.volumeMode', spec.volumeMode, VOLUME_MODES));
  return errs;
}

export function validatePersistentVolumeClaim(pvc: PersistentVolumeClaim): FieldError[] {
  return [...validateObjectMeta(pvc.metadata, true, nameIsDNSSubdomain), ...validateClaimSpec(pvc.spec ?? {})];
}

export function validatePersistentVolumeClaimUpdate(pvc: PersistentVolumeClaim, old: PersistentVolumeClaim): FieldError[] {
  const spec = pvc.spec ?? {};
  const oldSpec = old.spec ?? {};
  const errs = [...validateObjectMetaUpdate(pvc.metadata, old.metadata), ...validatePersistentVolumeClaim(pvc)];
  const { newClone, oldClone } = comparableSpecs(pvc, old);
  if (!deepEqual(newClone, oldClone)) {
    const detail = `spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims\n${specDiff('core.PersistentVolumeClaimSpec', oldClone, newClone)}`;
    errs.push(fieldError.forbidden('spec', detail));
  }
  errs.push(...validateShrink(spec, oldSpec, (old.status as { capacity?: Record<string, string> } | undefined)?.capacity?.storage));
  return [...errs, ...validateImmutable(spec.volumeMode ?? null, oldSpec.volumeMode ?? null, 'volumeMode')];
}

/** The munging before the spec comparison: what may legitimately differ is copied across. */
function comparableSpecs(pvc: PersistentVolumeClaim, old: PersistentVolumeClaim): { newClone: Spec; oldClone: Spec } {
  const newClone: Spec = { ...(pvc.spec ?? {}) };
  const oldClone: Spec = { ...(old.spec ?? {}) };
  // The binder sets volumeName once.
  if (!oldClone.volumeName) oldClone.volumeName = newClone.volumeName;
  // A claim that had no class may get one (retroactive default class), unless the beta annotation says otherwise.
  const oldAnnotation = old.metadata.annotations?.[BETA_STORAGE_CLASS];
  if (oldClone.storageClassName === undefined && newClone.storageClassName !== undefined && (oldAnnotation === undefined || oldAnnotation === newClone.storageClassName)) {
    newClone.storageClassName = undefined;
  }
  const phase = (pvc.status as { phase?: string } | undefined)?.phase;
  if (phase === 'Bound' && newClone.resources?.requests) {
    newClone.resources = { ...newClone.resources, requests: { ...newClone.resources.requests, storage: oldClone.resources?.requests?.storage ?? '' } };
  }
  return { newClone, oldClone };
}

function validateShrink(spec: Spec, oldSpec: Spec, statusSize: string | undefined): FieldError[] {
  const newSize = spec.resources?.requests?.storage ?? '0';
  const oldSize = oldSpec.resources?.requests?.storage ?? '0';
  if (compareQuantities(newSize, oldSize) >= 0) return [];
  const path = 'spec.resources.requests.storage';
  if (!RECOVER_VOLUME_EXPANSION_FAILURE) return [fieldError.forbidden(path, 'field can not be less than previous value')];
  // Shrinking is only a way back from a failed expansion: never to or below the actual size.
  return compareQuantities(newSize, statusSize ?? '0') <= 0 ? [fieldError.forbidden(path, 'field can not be less than status.capacity')] : [];
}
