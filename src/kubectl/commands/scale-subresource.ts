/**
 * The `scale` subresource as `kubectl patch --subresource=scale` reaches it. The apiserver's ScaleREST
 * (pkg/registry/apps/deployment/storage/storage.go `scaleFromDeployment`, with its ReplicaSet, StatefulSet and
 * ReplicationController twins) shows a workload as an autoscaling/v1 Scale, and a write to that Scale changes
 * nothing but the workload's spec.replicas, once ValidateScale has passed. kubespec's store holds no Scale
 * objects, so the view is computed from the workload on each request, as ScaleREST does.
 */
import { ApiError, selectorFromMap, selectorFromObject, type KubeObject, type LabelSelectorObject, type StoredObject } from '../../api';

export interface Scale {
  apiVersion: 'autoscaling/v1';
  kind: 'Scale';
  metadata: { name: string; namespace?: string; uid?: string; resourceVersion?: string; creationTimestamp?: string };
  spec: { replicas: number };
  status: { replicas: number; selector: string };
}

interface Scalable {
  kind: string;
  metadata: StoredObject['metadata'];
  spec?: { replicas?: number; selector?: unknown };
  status?: { replicas?: number };
}

const SCALABLE_KINDS: readonly string[] = ['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController'];

/** The Scale the apiserver serves at `<workload>/scale`; other kinds have no such path (a plain 404). */
export function scaleOf(obj: StoredObject): Scale {
  if (!SCALABLE_KINDS.includes(obj.kind)) throw new ApiError('NotFound', 'the server could not find the requested resource');
  const workload = obj as unknown as Scalable;
  const { name, namespace, uid, resourceVersion, creationTimestamp } = workload.metadata;
  return {
    apiVersion: 'autoscaling/v1',
    kind: 'Scale',
    metadata: { name, namespace, uid, resourceVersion, creationTimestamp },
    spec: { replicas: workload.spec?.replicas ?? 0 },
    status: { replicas: workload.status?.replicas ?? 0, selector: selectorText(workload) },
  };
}

/** The workload after a write of `scale`: only spec.replicas is taken, as ScaleREST's scaleUpdatedObject does. */
export function withScale(obj: StoredObject, scale: { spec?: { replicas?: unknown } }): KubeObject {
  // A value of the wrong type is left to the workload's own validation.
  const replicas = scale.spec?.replicas ?? 0;
  if (typeof replicas === 'number' && replicas < 0) {
    throw ApiError.invalid('Scale', obj.metadata.name, [{ field: 'spec.replicas', detail: `Invalid value: ${replicas}: must be greater than or equal to 0` }]);
  }
  const workload = obj as unknown as Scalable;
  return { ...obj, spec: { ...workload.spec, replicas } } as KubeObject;
}

/** A ReplicationController's selector is a plain map; the apps kinds carry a LabelSelector. */
function selectorText(workload: Scalable): string {
  const selector = workload.spec?.selector;
  if (workload.kind === 'ReplicationController') return selectorFromMap(selector as Record<string, string> | undefined).toString();
  return selectorFromObject(selector as LabelSelectorObject | undefined)?.toString() ?? '';
}
