/**
 * The keys of the PersistentVolumeClaims a pod names in `spec.volumes`, for the watches that re-check claims
 * when a pod changes. Every pod write asks and most pods name no claim: they cost a walk over the volumes and
 * nothing else (no array, closure or key string).
 */
import { objectKey, type KubeObject, type ObjectKey } from '../api';
import type { WatchKeys } from './controller';

interface PodVolumes {
  volumes?: readonly { persistentVolumeClaim?: { claimName?: string } }[];
}

export function claimKeysOfPod(pod: KubeObject): WatchKeys {
  const volumes = (pod.spec as PodVolumes | undefined)?.volumes;
  if (!volumes) return undefined;
  let keys: ObjectKey[] | undefined;
  for (let i = 0; i < volumes.length; i++) {
    const claimName = volumes[i]!.persistentVolumeClaim?.claimName;
    if (claimName) (keys ??= []).push(objectKey('PersistentVolumeClaim', pod.metadata.namespace, claimName));
  }
  return keys;
}
