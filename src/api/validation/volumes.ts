/**
 * Pod volumes: ValidateVolumes and validateVolumeSource of pkg/apis/core/validation/validation.go.
 * Every source type is counted (a second one is Forbidden, named by the Go field path, typos included:
 * `cephFS`, `downwarAPI`); the sources kubespec simulates are validated in full, the cloud and network
 * ones only for their required fields.
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';
import type { KeyToPath, Volume } from '../schemas';
import { child, index } from './field-path';
import { compareQuantities } from './quantity';
import { nameIsDNSSubdomain } from './object-meta';
import { validateFileMode, validateLocalNonReservedPath, validatePathNoBacksteps } from './volume-paths';
import { isDNS1123Label } from './string-formats';

type SourceField = Exclude<keyof Volume, 'name'>;

/** Go's check order, and the path segment each source reports a duplicate under. */
const SOURCE_ORDER: [SourceField, string][] = [
  ['emptyDir', 'emptyDir'], ['hostPath', 'hostPath'], ['gitRepo', 'gitRepo'], ['gcePersistentDisk', 'gcePersistentDisk'],
  ['awsElasticBlockStore', 'awsElasticBlockStore'], ['secret', 'secret'], ['nfs', 'nfs'], ['iscsi', 'iscsi'], ['glusterfs', 'glusterfs'],
  ['flocker', 'flocker'], ['persistentVolumeClaim', 'persistentVolumeClaim'], ['rbd', 'rbd'], ['cinder', 'cinder'], ['cephfs', 'cephFS'],
  ['quobyte', 'quobyte'], ['downwardAPI', 'downwarAPI'], ['fc', 'fc'], ['flexVolume', 'flexVolume'], ['configMap', 'configMap'],
  ['azureFile', 'azureFile'], ['vsphereVolume', 'vsphereVolume'], ['photonPersistentDisk', 'photonPersistentDisk'],
  ['portworxVolume', 'portworxVolume'], ['azureDisk', 'azureDisk'], ['storageos', 'storageos'], ['projected', 'projected'],
  ['scaleIO', 'scaleIO'], ['csi', 'csi'], ['ephemeral', 'ephemeral'], ['image', 'image'],
];

const HOST_PATH_TYPES = ['', 'BlockDevice', 'CharDevice', 'Directory', 'DirectoryOrCreate', 'File', 'FileOrCreate', 'Socket'];

export interface ValidatedVolumes {
  /** Volumes that validated, by name: what volumeMounts may reference (IsMatchedVolume). */
  volumes: Map<string, Volume>;
  errors: FieldError[];
}

export function validateVolumes(volumes: readonly Volume[] | undefined, podName: string | undefined, path: string): ValidatedVolumes {
  const valid = new Map<string, Volume>();
  const errors: FieldError[] = [];
  const ephemeralClaims = new Set((volumes ?? []).filter((v) => v.ephemeral && podName).map((v) => `${podName}-${v.name ?? ''}`));
  (volumes ?? []).forEach((vol, i) => {
    const idxPath = index(path, i);
    const namePath = child(idxPath, 'name');
    const el = validateVolumeSource(vol, idxPath, podName);
    if (!vol.name) el.push(fieldError.required(namePath));
    else el.push(...isDNS1123Label(vol.name).map((msg) => fieldError.invalid(namePath, vol.name, msg)));
    if (valid.has(vol.name ?? '')) el.push(fieldError.duplicate(namePath, vol.name ?? ''));
    if (el.length === 0) valid.set(vol.name ?? '', vol);
    else errors.push(...el);
    const claim = vol.persistentVolumeClaim?.claimName;
    if (claim !== undefined && ephemeralClaims.has(claim)) {
      errors.push(fieldError.invalid(child(idxPath, 'persistentVolumeClaim', 'claimName'), claim, 'must not reference a PVC that gets created for an ephemeral volume'));
    }
  });
  return { volumes: valid, errors };
}

const SOURCE_FIELDS = new Set<string>(SOURCE_ORDER.map(([field]) => field));

function validateVolumeSource(vol: Volume, path: string, podName: string | undefined): FieldError[] {
  // Nearly every volume has one source: validate it without walking Go's list of thirty.
  const only = soleSource(vol);
  if (only !== undefined) return validateSource(vol, only, path, podName);
  const errs: FieldError[] = [];
  let count = 0;
  for (const [fieldName, goName] of SOURCE_ORDER) {
    if (vol[fieldName] === undefined) continue;
    if (count > 0) errs.push(fieldError.forbidden(child(path, goName), 'may not specify more than 1 volume type'));
    else errs.push(...validateSource(vol, fieldName, path, podName));
    count++;
  }
  if (count === 0) errs.push(fieldError.required(path, 'must specify a volume type'));
  return errs;
}

/** The volume's source field when it sets exactly one; undefined for none or several (reported in Go's order). */
function soleSource(vol: Volume): SourceField | undefined {
  let only: SourceField | undefined;
  for (const field in vol) {
    if (!SOURCE_FIELDS.has(field) || vol[field as SourceField] === undefined) continue;
    if (only !== undefined) return undefined;
    only = field as SourceField;
  }
  return only;
}

function validateSource(vol: Volume, source: SourceField, path: string, podName: string | undefined): FieldError[] {
  const p = child(path, source);
  switch (source) {
    case 'emptyDir':
      return vol.emptyDir?.sizeLimit !== undefined && compareQuantities(vol.emptyDir.sizeLimit, 0) < 0
        ? [fieldError.forbidden(child(p, 'sizeLimit'), 'SizeLimit field must be a valid resource quantity')]
        : [];
    case 'hostPath':
      return validateHostPath(vol.hostPath ?? {}, p);
    case 'secret':
      return [
        ...(vol.secret?.secretName ? [] : [fieldError.required(child(p, 'secretName'))]),
        ...validateFileMode(vol.secret?.defaultMode, child(p, 'defaultMode')),
        ...validateItems(vol.secret?.items, child(p, 'items')),
      ];
    case 'configMap':
      return [
        ...(vol.configMap?.name ? [] : [fieldError.required(child(p, 'name'))]),
        ...validateFileMode(vol.configMap?.defaultMode, child(p, 'defaultMode')),
        ...validateItems(vol.configMap?.items, child(p, 'items')),
      ];
    case 'persistentVolumeClaim':
      return vol.persistentVolumeClaim?.claimName ? [] : [fieldError.required(child(p, 'claimName'))];
    case 'nfs':
      return validateNFS(vol.nfs ?? {}, p);
    case 'downwardAPI':
      return validateFileMode(vol.downwardAPI?.defaultMode, child(p, 'defaultMode'));
    case 'projected':
      return validateFileMode(vol.projected?.defaultMode, child(p, 'defaultMode'));
    case 'csi':
      return vol.csi?.driver ? [] : [fieldError.required(child(p, 'driver'))];
    case 'ephemeral':
      return validateEphemeral(vol, path, podName);
    default:
      return [];
  }
}

function validateHostPath(hostPath: NonNullable<Volume['hostPath']>, path: string): FieldError[] {
  if (!hostPath.path) return [fieldError.required(child(path, 'path'))];
  const errs = validatePathNoBacksteps(hostPath.path, child(path, 'path'));
  if (hostPath.type !== undefined && !HOST_PATH_TYPES.includes(hostPath.type)) errs.push(fieldError.unsupported(child(path, 'type'), hostPath.type, HOST_PATH_TYPES));
  return errs;
}

function validateNFS(nfs: NonNullable<Volume['nfs']>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!nfs.server) errs.push(fieldError.required(child(path, 'server')));
  if (!nfs.path) errs.push(fieldError.required(child(path, 'path')));
  if (!(nfs.path ?? '').startsWith('/')) errs.push(fieldError.invalid(child(path, 'path'), nfs.path ?? '', 'must be an absolute path'));
  return errs;
}

/** The PVC-name check reports under the volume's own `name`, as Go's fldPath there is the volume. */
function validateEphemeral(vol: Volume, path: string, podName: string | undefined): FieldError[] {
  if (!vol.ephemeral?.volumeClaimTemplate) return [fieldError.required(child(path, 'ephemeral', 'volumeClaimTemplate'))];
  if (!podName || !vol.name) return [];
  const pvcName = `${podName}-${vol.name}`;
  return nameIsDNSSubdomain(pvcName, false).map((msg) => fieldError.invalid(child(path, 'name'), vol.name, `PVC name "${pvcName}": ${msg}`));
}

function validateItems(items: readonly KeyToPath[] | undefined, path: string): FieldError[] {
  return (items ?? []).flatMap((item, i) => {
    const p = index(path, i);
    const errs: FieldError[] = [];
    if (!item.key) errs.push(fieldError.required(child(p, 'key')));
    if (!item.path) errs.push(fieldError.required(child(p, 'path')));
    errs.push(...validateLocalNonReservedPath(item.path ?? '', child(p, 'path')), ...validateFileMode(item.mode, child(p, 'mode')));
    return errs;
  });
}

