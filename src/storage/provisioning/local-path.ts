/**
 * kind's dynamic provisioner, rancher/local-path-provisioner (provisioner.go, v0.0.30 as kind v0.26
 * ships it): a claim becomes a `hostPath` volume in `/var/local-path-provisioner/<pv>_<ns>_<claim>`
 * on the selected node, pinned there by node affinity. The class's `nodePath` and `pathPattern`
 * parameters move it, as local-path's do; other parameters are ignored, as local-path ignores them. It only serves ReadWriteOnce and
 * ReadWriteOncePod (its ReadWriteMany support needs a shared filesystem kind does not configure).
 * Simplifications: the helper pod that creates or removes the directory is not a real pod; its run
 * takes `LOCAL_PATH_HELPER_MS` of virtual time.
 */
import type { StoredObject } from '../../api';
import type { PersistentVolume, PersistentVolumeClaim, StorageClass } from '../../api/schemas';
import { ANN_DYNAMICALLY_PROVISIONED } from '../annotations';

export const LOCAL_PATH_PROVISIONER = 'rancher.io/local-path';
export const LOCAL_PATH_ROOT = '/var/local-path-provisioner';
/** How long the helper pod takes to create or remove a volume directory. */
export const LOCAL_PATH_HELPER_MS = 2000;
/** The annotation local-path writes on its volumes. */
export const ANN_LOCAL_PATH_SELECTED_NODE = 'local.path.provisioner/selected-node';

/** `pvc-<claim uid>`, the name every provisioner in the sig-storage library gives a claim's volume. */
export function provisionedVolumeName(claim: StoredObject<PersistentVolumeClaim>): string {
  return `pvc-${claim.metadata.uid}`;
}

/** Why local-path refuses the claim (its error text), or undefined. */
export function localPathRefusal(claim: PersistentVolumeClaim): string | undefined {
  for (const mode of claim.spec?.accessModes ?? []) {
    if (mode === 'ReadWriteMany') return 'ReadWriteMany is not supported for non-shared filesystem';
    if (mode !== 'ReadWriteOnce' && mode !== 'ReadWriteOncePod') return 'NodePath only supports ReadWriteOnce and ReadWriteOncePod (1.22+) access modes';
  }
  if (claim.spec?.volumeMode === 'Block') return 'Block volume mode is not supported';
  return undefined;
}

/** The volume local-path creates for `claim` on `node`, already bound to the claim through claimRef. */
export function localPathVolume(claim: StoredObject<PersistentVolumeClaim>, sc: StorageClass, node: string): PersistentVolume {
  const name = provisionedVolumeName(claim);
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: { name, annotations: { [ANN_LOCAL_PATH_SELECTED_NODE]: node, [ANN_DYNAMICALLY_PROVISIONED]: LOCAL_PATH_PROVISIONER } },
    spec: {
      accessModes: [...(claim.spec?.accessModes ?? [])],
      capacity: { storage: claim.spec?.resources?.requests?.storage ?? '0' },
      claimRef: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', name: claim.metadata.name, namespace: claim.metadata.namespace, resourceVersion: claim.metadata.resourceVersion, uid: claim.metadata.uid },
      hostPath: { path: localPathDirectory(claim, sc, name), type: 'DirectoryOrCreate' },
      nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [node] }] }] } },
      persistentVolumeReclaimPolicy: (sc.reclaimPolicy ?? 'Delete') as string,
      storageClassName: sc.metadata.name,
      volumeMode: claim.spec?.volumeMode ?? 'Filesystem',
      ...(sc.mountOptions ? { mountOptions: [...sc.mountOptions] } : {}),
    },
  };
}

/** `<nodePath>/<pathPattern>`, by default `/var/local-path-provisioner/<pv>_<ns>_<claim>`. */
function localPathDirectory(claim: StoredObject<PersistentVolumeClaim>, sc: StorageClass, name: string): string {
  const root = sc.parameters?.nodePath ?? LOCAL_PATH_ROOT;
  const pattern = sc.parameters?.pathPattern ?? '{{ .PVName }}_{{ .PVC.Namespace }}_{{ .PVC.Name }}';
  const values: Record<string, string> = { PVName: name, 'PVC.Namespace': claim.metadata.namespace ?? '', 'PVC.Name': claim.metadata.name };
  const relative = pattern.replace(/\{\{\s*\.([A-Za-z.]+)\s*\}\}/g, (whole, field: string) => values[field] ?? whole);
  return `${root.replace(/\/+$/, '')}/${relative}`;
}
