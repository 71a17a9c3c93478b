/**
 * Field selectors (`--field-selector status.phase=Running,spec.nodeName!=node-1`). The apiserver only
 * supports a few fields per kind; kubespec accepts those, and rejects others with the apiserver's message.
 */
import { ApiError } from './api-error';
import type { KubeObject } from './object';

interface FieldRequirement {
  path: string;
  equals: boolean;
  value: string;
}

const COMMON = ['metadata.name', 'metadata.namespace'];
const SUPPORTED: Record<string, readonly string[]> = {
  Pod: [...COMMON, 'spec.nodeName', 'spec.restartPolicy', 'spec.schedulerName', 'spec.serviceAccountName', 'spec.hostNetwork', 'status.phase', 'status.podIP', 'status.nominatedNodeName'],
  Event: [...COMMON, 'involvedObject.kind', 'involvedObject.namespace', 'involvedObject.name', 'involvedObject.uid', 'involvedObject.apiVersion', 'involvedObject.resourceVersion', 'involvedObject.fieldPath', 'reason', 'reportingComponent', 'source', 'type'],
  Node: [...COMMON, 'spec.unschedulable'],
  Secret: [...COMMON, 'type'],
  Namespace: [...COMMON, 'status.phase'],
  ReplicaSet: [...COMMON, 'status.replicas'],
  ReplicationController: [...COMMON, 'status.replicas'],
  Job: [...COMMON, 'status.successful'],
  PersistentVolume: [...COMMON, 'status.phase'],
};

export class FieldSelector {
  constructor(private readonly requirements: readonly FieldRequirement[]) {}

  matches(obj: KubeObject): boolean {
    return this.requirements.every((r) => (fieldValue(obj, r.path) === r.value) === r.equals);
  }
}

export function parseFieldSelector(text: string, kind: string): FieldSelector {
  const reqs = text
    .split(',')
    .filter((p) => p.trim() !== '')
    .map((part): FieldRequirement => {
      const m = /^\s*([^!=\s]+)\s*(==|=|!=)\s*(.*?)\s*$/.exec(part);
      if (!m) throw ApiError.badRequest(`invalid selector: '${text}'; can't understand '${part}'`);
      return { path: m[1]!, equals: m[2] !== '!=', value: m[3]! };
    });
  const allowed = SUPPORTED[kind] ?? COMMON;
  for (const r of reqs) {
    // The apiserver's wording: `Unable to find "/v1, Resource=pods" that match label selector "", field selector "x=y": field label not supported: x`
    if (!allowed.includes(r.path)) throw new FieldLabelNotSupported(r.path, text);
  }
  return new FieldSelector(reqs);
}

function fieldValue(obj: KubeObject, path: string): string {
  let current: unknown = obj;
  for (const part of path.split('.')) {
    current = current && typeof current === 'object' ? (current as Record<string, unknown>)[part] : undefined;
  }
  if (current === undefined || current === null) return path === 'spec.hostNetwork' || path === 'spec.unschedulable' ? 'false' : '';
  return String(current);
}

export class FieldLabelNotSupported extends ApiError {
  constructor(
    readonly field: string,
    readonly selector: string,
  ) {
    super('BadRequest', `field label not supported: ${field}`);
  }
}
