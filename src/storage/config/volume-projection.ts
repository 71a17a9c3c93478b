/**
 * The files of configMap, secret, downwardAPI and projected volumes, as their kubelet volume plugins
 * compute them before the atomic writer puts them in place (pkg/volume/{configmap,secret,downwardapi,
 * projected}: MakePayload, CollectData): every key becomes a file named after it, or `items` pick keys
 * and paths; modes come from the item, else `defaultMode`, else 0644. A missing object fails the mount
 * unless `optional` (then the volume is empty); a listed key that is missing fails unless optional.
 * Errors read as the kubelet's FailedMount event: `MountVolume.SetUp failed for volume "v" : <error>`.
 */
import type { ConfigMap, DownwardAPIVolumeFile, KeyToPath, Pod, Secret, Volume, VolumeProjection } from '../../api/schemas';
import { configMapTexts, getConfigMap, getSecret, secretEntries, type ConfigStore } from './config-objects';
import { containerResourceValue, podFieldValue } from './downward-api';
import { serviceAccountToken, type TokenContext } from './service-account-token';
import type { FileContent } from '../volumes/volume-directory';

/** 0644, the default of ConfigMap, Secret, DownwardAPI and Projected volumes. */
export const DEFAULT_VOLUME_MODE = 0o644;
const DEFAULT_TOKEN_EXPIRATION_SECONDS = 3600;

export interface ProjectedFile {
  /** Text, or (a service-account token) text made when the file is first read. */
  readonly content: FileContent;
  readonly mode: number;
}

/** File path (relative, may contain `/`) → content and mode. */
export type Payload = Map<string, ProjectedFile>;

export type ProjectionResult = { readonly files: Payload } | { readonly error: string };

export interface ProjectionContext extends TokenContext {
  readonly nodeAllocatable?: Readonly<Record<string, string>>;
}

class ProjectionError extends Error {}

/** The volume's files, or the FailedMount message; undefined for volume types this module does not make. */
export function projectVolume(pod: Pod, volume: Volume, store: ConfigStore, context: ProjectionContext): ProjectionResult | undefined {
  try {
    const files = volumeFiles(pod, volume, store, context);
    return files && { files };
  } catch (error) {
    if (error instanceof ProjectionError) return { error: `MountVolume.SetUp failed for volume "${volume.name}" : ${error.message}` };
    throw error;
  }
}

export function isConfigVolume(volume: Volume): boolean {
  return Boolean(volume.configMap || volume.secret || volume.downwardAPI || volume.projected);
}

function volumeFiles(pod: Pod, volume: Volume, store: ConfigStore, context: ProjectionContext): Payload | undefined {
  const namespace = pod.metadata.namespace ?? '';
  if (volume.configMap) {
    const { name = '', items, defaultMode, optional } = volume.configMap;
    return configMapPayload(lookupOrThrow(getConfigMap(store, namespace, name), optional), items, defaultMode ?? DEFAULT_VOLUME_MODE, optional);
  }
  if (volume.secret) {
    const { secretName = '', items, defaultMode, optional } = volume.secret;
    return secretPayload(lookupOrThrow(getSecret(store, namespace, secretName), optional), items, defaultMode ?? DEFAULT_VOLUME_MODE, optional);
  }
  if (volume.downwardAPI) return downwardPayload(pod, volume.downwardAPI.items, volume.downwardAPI.defaultMode ?? DEFAULT_VOLUME_MODE, context);
  if (volume.projected) return projectedPayload(pod, volume.projected.sources ?? [], volume.projected.defaultMode ?? DEFAULT_VOLUME_MODE, store, context);
  return undefined;
}

function lookupOrThrow<T>(found: { object: T } | { notFound: string }, optional: boolean | undefined): T | undefined {
  if ('object' in found) return found.object;
  if (optional === true) return undefined;
  throw new ProjectionError(found.notFound);
}

function configMapPayload(cm: ConfigMap | undefined, items: KeyToPath[] | undefined, defaultMode: number, optional: boolean | undefined, payload?: Payload): Payload {
  const entries = cm ? configMapTexts(cm) : new Map<string, string>();
  return keyPayload(entries, items, defaultMode, optional, missingConfigMapKey, payload);
}

function secretPayload(secret: Secret | undefined, items: KeyToPath[] | undefined, defaultMode: number, optional: boolean | undefined, payload?: Payload): Payload {
  const entries = new Map([...(secret ? secretEntries(secret) : [])].map(([key, data]) => [key, data.toString('utf8')]));
  return keyPayload(entries, items, defaultMode, optional, missingSecretKey, payload);
}

function missingConfigMapKey(key: string): string {
  return `configmap references non-existent config key: ${key}`;
}

function missingSecretKey(key: string): string {
  return `references non-existent secret key: ${key}`;
}

function keyPayload(entries: ReadonlyMap<string, string>, items: KeyToPath[] | undefined, defaultMode: number, optional: boolean | undefined, missing: (key: string) => string, payload: Payload = new Map()): Payload {
  if (!items || items.length === 0) {
    for (const [key, content] of entries) payload.set(key, { content, mode: defaultMode });
    return payload;
  }
  // Indexed: a `for…of` made an iterator per projection (every pod's kube-root-ca.crt item).
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as KeyToPath;
    const content = entries.get(item.key ?? '');
    if (content === undefined) {
      if (optional === true) continue;
      throw new ProjectionError(missing(item.key ?? ''));
    }
    payload.set(item.path ?? '', { content, mode: item.mode ?? defaultMode });
  }
  return payload;
}

function downwardPayload(pod: Pod, items: DownwardAPIVolumeFile[] | undefined, defaultMode: number, context: ProjectionContext, payload: Payload = new Map()): Payload {
  for (let i = 0; items !== undefined && i < items.length; i++) {
    const item = items[i] as DownwardAPIVolumeFile;
    const result = item.fieldRef
      ? podFieldValue(pod, item.fieldRef)
      : item.resourceFieldRef
        ? containerResourceValue(pod, undefined, item.resourceFieldRef, context.nodeAllocatable)
        : { value: '' };
    if ('error' in result) throw new ProjectionError(result.error);
    payload.set(item.path ?? '', { content: result.value, mode: item.mode ?? defaultMode });
  }
  return payload;
}

/**
 * projected.go collectData: every source is tried; the errors are reported together. Each source sets its
 * files straight into the one payload (a later source's path replaces an earlier one's in place, as copying a
 * Map per source did): when a source fails, the whole projection fails, so its partial files never land.
 */
function projectedPayload(pod: Pod, sources: VolumeProjection[], defaultMode: number, store: ConfigStore, context: ProjectionContext): Payload {
  const payload: Payload = new Map();
  let errors: string[] | undefined;
  for (let i = 0; i < sources.length; i++) {
    try {
      projectSource(pod, sources[i] as VolumeProjection, defaultMode, store, context, payload);
    } catch (error) {
      if (!(error instanceof ProjectionError)) throw error;
      (errors ??= []).push(error.message);
    }
  }
  if (errors !== undefined) throw new ProjectionError(errors.length === 1 ? errors[0]! : `[${errors.join(', ')}]`);
  return payload;
}

function projectSource(pod: Pod, source: VolumeProjection, defaultMode: number, store: ConfigStore, context: ProjectionContext, payload: Payload): void {
  const namespace = pod.metadata.namespace ?? '';
  if (source.configMap) {
    const { name = '', items, optional } = source.configMap;
    configMapPayload(lookupOrThrow(getConfigMap(store, namespace, name), optional), items, defaultMode, optional, payload);
  } else if (source.secret) {
    const { name = '', items, optional } = source.secret;
    secretPayload(lookupOrThrow(getSecret(store, namespace, name), optional), items, defaultMode, optional, payload);
  } else if (source.downwardAPI) {
    downwardPayload(pod, source.downwardAPI.items, defaultMode, context, payload);
  } else if (source.serviceAccountToken) {
    const { path = 'token', expirationSeconds } = source.serviceAccountToken;
    payload.set(path, { content: serviceAccountToken(pod, expirationSeconds ?? DEFAULT_TOKEN_EXPIRATION_SECONDS, context), mode: defaultMode });
  }
}
