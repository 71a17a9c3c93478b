/**
 * PersistentVolume: ValidatePersistentVolume / ValidatePersistentVolumeUpdate of
 * pkg/apis/core/validation (v1.32): access modes, a `storage`-only positive capacity, reclaim policy,
 * exactly one volume source (local volumes need node affinity), and an immutable source on update.
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';
import type { PersistentVolume } from '../schemas';
import { child, key } from './field-path';
import { invalidGo, unsupportedGo } from './go-errors';
import { deepEqual, FIELD_IMMUTABLE_ERROR_MSG, nameIsDNSSubdomain, sortedEntries, validateImmutable, validateObjectMeta, validateObjectMetaUpdate } from './object-meta';
import { canonicalQuantity, compareQuantities } from './quantity';
import { validateNodeSelector } from './scheduling';
import { specDiff } from './spec-diff';
import { validateAccessModes, VOLUME_MODES } from './storage-common';
import { validatePathNoBacksteps } from './volume-paths';

type Spec = NonNullable<PersistentVolume['spec']>;

/** PV sources in Go's check order (flexVolume is counted but never reported as a second source). */
const PV_SOURCES: [keyof Spec, string][] = [
  ['hostPath', 'hostPath'], ['gcePersistentDisk', 'gcePersistentDisk'], ['awsElasticBlockStore', 'awsElasticBlockStore'], ['glusterfs', 'glusterfs'],
  ['flocker', 'flocker'], ['nfs', 'nfs'], ['rbd', 'rbd'], ['quobyte', 'quobyte'], ['cephfs', 'cephFS'], ['iscsi', 'iscsi'], ['cinder', 'cinder'],
  ['fc', 'fc'], ['flexVolume', 'flexVolume'], ['azureFile', 'azureFile'], ['vsphereVolume', 'vsphereVolume'], ['photonPersistentDisk', 'photonPersistentDisk'],
  ['portworxVolume', 'portworxVolume'], ['azureDisk', 'azureDisk'], ['scaleIO', 'scaleIO'], ['local', 'local'], ['storageos', 'storageos'], ['csi', 'csi'],
];
const SOURCE_FIELDS = new Set<string>(PV_SOURCES.map(([f]) => f));
const RECLAIM_POLICIES = ['Delete', 'Recycle', 'Retain'];

function validateCapacity(capacity: Record<string, string> | undefined): FieldError[] {
  const errs: FieldError[] = [];
  const entries = sortedEntries(capacity);
  if (entries.length === 0) errs.push(fieldError.required('spec.capacity'));
  if (!capacity || !('storage' in capacity) || entries.length > 1) {
    errs.push(unsupportedGo('spec.capacity', capacity ? 'core.ResourceList{...}' : 'core.ResourceList(nil)', ['storage']));
  }
  for (const [name, qty] of entries) {
    if (compareQuantities(qty, 0) <= 0) errs.push(fieldError.invalid(key('spec.capacity', name), canonicalQuantity(qty), 'must be greater than zero'));
  }
  return errs;
}

function validateSources(spec: Spec): FieldError[] {
  const errs: FieldError[] = [];
  let count = 0;
  for (const [f, goName] of PV_SOURCES) {
    if (spec[f] === undefined) continue;
    if (count > 0 && f !== 'flexVolume') errs.push(fieldError.forbidden(child('spec', goName), 'may not specify more than 1 volume type'));
    else errs.push(...validateSource(spec, f));
    count++;
  }
  if (count === 0) errs.push(fieldError.required('spec', 'must specify a volume type'));
  return errs;
}

function validateSource(spec: Spec, f: keyof Spec): FieldError[] {
  if (f === 'hostPath') return spec.hostPath?.path ? validatePathNoBacksteps(spec.hostPath.path, 'spec.hostPath.path') : [fieldError.required('spec.hostPath.path')];
  if (f === 'nfs') {
    const errs = [...(spec.nfs?.server ? [] : [fieldError.required('spec.nfs.server')]), ...(spec.nfs?.path ? [] : [fieldError.required('spec.nfs.path')])];
    if (!(spec.nfs?.path ?? '').startsWith('/')) errs.push(fieldError.invalid('spec.nfs.path', spec.nfs?.path ?? '', 'must be an absolute path'));
    return errs;
  }
  if (f === 'local') {
    const errs = spec.local?.path ? validatePathNoBacksteps(spec.local.path, 'spec.local.path') : [fieldError.required('spec.local.path')];
    return spec.nodeAffinity ? errs : [...errs, fieldError.required('spec.nodeAffinity', 'Local volume requires node affinity')];
  }
  if (f === 'csi') {
    const errs = spec.csi?.driver ? [] : [fieldError.required('spec.csi.driver')];
    return spec.csi?.volumeHandle ? errs : [...errs, fieldError.required('spec.csi.volumeHandle')];
  }
  return [];
}

export function validatePersistentVolume(pv: PersistentVolume): FieldError[] {
  const spec = pv.spec ?? {};
  const errs = [...validateObjectMeta(pv.metadata, false, nameIsDNSSubdomain), ...validateAccessModes(spec.accessModes, 'spec.accessModes', '')];
  errs.push(...validateCapacity(spec.capacity));
  const policy = spec.persistentVolumeReclaimPolicy;
  if (policy && !RECLAIM_POLICIES.includes(policy)) errs.push(fieldError.unsupported('spec.persistentVolumeReclaimPolicy', policy, RECLAIM_POLICIES));
  if (spec.nodeAffinity) {
    if (spec.nodeAffinity.required) errs.push(...validateNodeSelector(spec.nodeAffinity.required.nodeSelectorTerms, 'spec.nodeAffinity.required'));
    else errs.push(fieldError.required('spec.nodeAffinity.required', 'must specify required node constraints'));
  }
  errs.push(...validateSources(spec));
  // path.Clean(path) == "/": Recycle would wipe the node's root.
  if (spec.hostPath && /^\/+(\.\/*)*$/.test(spec.hostPath.path ?? '') && policy === 'Recycle') {
    errs.push(fieldError.forbidden('spec.persistentVolumeReclaimPolicy', "may not be 'recycle' for a hostPath mount of '/'"));
  }
  if (spec.storageClassName) errs.push(...nameIsDNSSubdomain(spec.storageClassName, false).map((msg) => fieldError.invalid('spec.storageClassName', spec.storageClassName, msg)));
  if (spec.volumeMode !== undefined && !VOLUME_MODES.includes(spec.volumeMode)) errs.push(fieldError.unsupported('spec.volumeMode', spec.volumeMode, VOLUME_MODES));
  return errs;
}

export function validatePersistentVolumeUpdate(pv: PersistentVolume, old: PersistentVolume): FieldError[] {
  const spec = pv.spec ?? {};
  const oldSpec = old.spec ?? {};
  const errs = [...validateObjectMetaUpdate(pv.metadata, old.metadata), ...validatePersistentVolume(pv)];
  const source = (s: Spec): Record<string, unknown> => Object.fromEntries(Object.entries(s).filter(([k]) => SOURCE_FIELDS.has(k)));
  if (!deepEqual(source(spec), source(oldSpec))) {
    const diff = specDiff('core.PersistentVolumeSource', source(oldSpec), source(spec));
    errs.push(fieldError.forbidden('spec.persistentvolumesource', `spec.persistentvolumesource is immutable after creation\n${diff}`));
  }
  // Go names these paths without the `spec.` prefix.
  errs.push(...validateImmutable(spec.volumeMode ?? null, oldSpec.volumeMode ?? null, 'volumeMode'));
  if (oldSpec.nodeAffinity && !deepEqual(spec.nodeAffinity, oldSpec.nodeAffinity)) {
    errs.push(invalidGo('nodeAffinity', '&core.VolumeNodeAffinity{...}', FIELD_IMMUTABLE_ERROR_MSG));
  }
  return errs;
}
