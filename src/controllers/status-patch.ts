/**
 * The object of a controller's status write (`patchStatus`): what ApiServer.updateStatus reads of it — kind,
 * namespace, name and status — and no resourceVersion, so the write is not a precondition on the version the
 * sync read (a controller's UpdateStatus in Kubernetes retries a conflict with its newest copy; the runner
 * writes synchronously, so it writes over the current version). The object and its metadata were spread to
 * unset resourceVersion: ≈ 200 B of garbage per write, and a ReplicaSet and its Deployment write status about
 * once per pod each.
 */
import type { KubeObject, StoredObject } from '../api';

export function statusPatch(obj: StoredObject, status: unknown): KubeObject {
  return { apiVersion: obj.apiVersion, kind: obj.kind, metadata: { name: obj.metadata.name, namespace: obj.metadata.namespace }, status };
}
