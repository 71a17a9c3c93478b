/**
 * polymorphichelpers.UpdatePodSpecForObject: where each kind keeps the pod spec that `set image` edits.
 */
import type { KubeObject } from '../../api';

export interface ContainerView {
  name?: string;
  image?: string;
}

export interface PodSpecView {
  containers?: ContainerView[];
  initContainers?: ContainerView[];
}

const TEMPLATE_PATHS: Record<string, readonly string[]> = {
  Pod: ['spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/** The pod spec inside a (mutable) copy of `obj`, or undefined for kinds without one. */
export function podSpecOf(obj: KubeObject): PodSpecView | undefined {
  const path = TEMPLATE_PATHS[obj.kind];
  if (!path) return undefined;
  let node: Record<string, unknown> = obj as Record<string, unknown>;
  for (const key of path) node = (node[key] ??= {}) as Record<string, unknown>;
  return node as PodSpecView;
}
