/**
 * Defaults of volume sources, shared by pod volumes and PersistentVolume specs (pkg/apis/core/v1/defaults.go
 * SetDefaults_Volume, _SecretVolumeSource, _ConfigMapVolumeSource, _DownwardAPIVolumeSource,
 * _ProjectedVolumeSource, _ServiceAccountTokenProjection, _HostPathVolumeSource, and the `+default`
 * markers of the legacy in-tree sources in k8s.io/api/core/v1/types.go).
 */

/** 0644, as `defaultMode: 420` (Secret-, ConfigMap-, DownwardAPI- and ProjectedVolumeSourceDefaultMode). */
const DEFAULT_MODE = 420;

/** Scalar defaults per source, from the `+default` markers. */
const SOURCE_FIELD_DEFAULTS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  azureDisk: { cachingMode: 'ReadWrite', fsType: 'ext4', readOnly: false, kind: 'Shared' },
  hostPath: { type: '' },
  iscsi: { iscsiInterface: 'default' },
  rbd: { pool: 'rbd', user: 'admin', keyring: '/etc/ceph/keyring' },
  scaleIO: { storageMode: 'ThinProvisioned', fsType: 'xfs' },
};

type Fields = Record<string, unknown>;

/** Defaults the sources found on `volume`: a pod Volume or a PersistentVolumeSpec. */
export function defaultVolumeSource(volume: Fields): void {
  for (const [source, defaults] of Object.entries(SOURCE_FIELD_DEFAULTS)) {
    const fields = volume[source] as Fields | undefined;
    if (fields) for (const [key, value] of Object.entries(defaults)) fields[key] ??= value;
  }
  for (const source of ['secret', 'configMap', 'downwardAPI', 'projected']) {
    const fields = volume[source] as Fields | undefined;
    if (fields) fields.defaultMode ??= DEFAULT_MODE;
  }
  defaultFieldRefs(volume.downwardAPI as Fields | undefined);
  defaultProjections(volume.projected as Fields | undefined);
  const claimTemplate = (volume.ephemeral as Fields | undefined)?.volumeClaimTemplate as Fields | undefined;
  if (claimTemplate?.spec) (claimTemplate.spec as Fields).volumeMode ??= 'Filesystem';
}

function defaultProjections(projected: Fields | undefined): void {
  for (const projection of (projected?.sources as Fields[] | undefined) ?? []) {
    const token = projection.serviceAccountToken as Fields | undefined;
    if (token) token.expirationSeconds ??= 3600;
    defaultFieldRefs(projection.downwardAPI as Fields | undefined);
  }
}

/** SetDefaults_ObjectFieldSelector: `fieldRef.apiVersion: v1`. */
function defaultFieldRefs(downwardAPI: Fields | undefined): void {
  for (const item of (downwardAPI?.items as Fields[] | undefined) ?? []) {
    const fieldRef = item.fieldRef as Fields | undefined;
    if (fieldRef) fieldRef.apiVersion ||= 'v1';
  }
}
