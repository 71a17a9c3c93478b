/**
 * The `Volumes:` section (`describeVolumes` and the print*VolumeSource helpers of
 * k8s.io/kubectl/pkg/describe/describe.go) for the volume sources kubespec runs; others print `<unknown>`.
 */
import { arr, num, obj, path, str, type Json } from '../object-fields';
import { canonicalQuantity } from '../quantity';
import { type DescribeWriter } from './describe-writer';

export function volumesSection(w: DescribeWriter, volumes: unknown, space: string): void {
  const list = arr(volumes);
  if (list.length === 0) {
    w.write(0, `${space}Volumes:\t<none>\n`);
    return;
  }
  w.write(0, `${space}Volumes:\n`);
  for (const v of list) {
    w.write(1, `${space ? ' ' : ''}${str(v.name)}:\n`);
    volumeSource(w, v);
  }
}

/** One volume source at LEVEL_2; PersistentVolume sources use the same helpers. */
export function volumeSource(w: DescribeWriter, v: Json): void {
  if (v.hostPath) {
    const h = obj(v.hostPath);
    w.write(2, `Type:\tHostPath (bare host directory volume)\n    Path:\t${str(h.path)}\n    HostPathType:\t${h.type === undefined || h.type === null ? '<none>' : str(h.type)}\n`);
  } else if (v.emptyDir) {
    const e = obj(v.emptyDir);
    const size = e.sizeLimit !== undefined && e.sizeLimit !== null && canonicalQuantity(str(e.sizeLimit)) !== '0' ? canonicalQuantity(str(e.sizeLimit)) : '<unset>';
    w.write(2, `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${str(e.medium)}\n    SizeLimit:\t${size}\n`);
  } else if (v.secret) {
    const s = obj(v.secret);
    w.write(2, `Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${str(s.secretName)}\n    Optional:\t${s.optional === true}\n`);
  } else if (v.configMap) {
    const c = obj(v.configMap);
    w.write(2, `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${str(c.name)}\n    Optional:\t${c.optional === true}\n`);
  } else if (v.nfs) {
    const n = obj(v.nfs);
    w.write(2, `Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n    Server:\t${str(n.server)}\n    Path:\t${str(n.path)}\n    ReadOnly:\t${n.readOnly === true}\n`);
  } else if (v.persistentVolumeClaim) {
    const c = obj(v.persistentVolumeClaim);
    w.write(2, `Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t${str(c.claimName)}\n    ReadOnly:\t${c.readOnly === true}\n`);
  } else if (v.downwardAPI) {
    w.write(2, 'Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n');
    for (const item of arr(path(v, 'downwardAPI.items'))) {
      if (item.fieldRef) w.write(3, `${str(path(item, 'fieldRef.fieldPath'))} -> ${str(item.path)}\n`);
      if (item.resourceFieldRef) w.write(3, `${str(path(item, 'resourceFieldRef.resource'))} -> ${str(item.path)}\n`);
    }
  } else if (v.projected) {
    projectedSource(w, obj(v.projected));
  } else if (v.local) {
    w.write(2, `Type:\tLocalVolume (a persistent volume backed by local storage on a node)\n    Path:\t${str(path(v, 'local.path'))}\n`);
  } else {
    w.write(1, '<unknown>\n');
  }
}

/** `printProjectedVolumeSource`; Go prints the `*bool` Optional fields with `%v`, i.e. a pointer or `<nil>`. */
function projectedSource(w: DescribeWriter, projected: Json): void {
  w.write(2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n');
  for (const source of arr(projected.sources)) {
    if (source.secret) {
      w.write(2, `SecretName:\t${str(path(source, 'secret.name'))}\n    SecretOptionalName:\t${goBoolPointer(path(source, 'secret.optional'))}\n`);
    } else if (source.downwardAPI) {
      w.write(2, 'DownwardAPI:\ttrue\n');
    } else if (source.configMap) {
      w.write(2, `ConfigMapName:\t${str(path(source, 'configMap.name'))}\n    ConfigMapOptional:\t${goBoolPointer(path(source, 'configMap.optional'))}\n`);
    } else if (source.serviceAccountToken) {
      w.write(2, `TokenExpirationSeconds:\t${num(path(source, 'serviceAccountToken.expirationSeconds'))}\n`);
    }
  }
}

/**
 * Go prints a non-nil *bool with %v as an address (`0xc000123456`); no stable text exists, so kubespec
 * prints `<nil>` for unset and the value otherwise (see the printers README).
 */
function goBoolPointer(value: unknown): string {
  return value === undefined || value === null ? '<nil>' : String(value === true);
}
