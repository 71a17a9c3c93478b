/**
 * The revisions of a workload as kubectl reads them (polymorphichelpers/history.go): a Deployment's from
 * its ReplicaSets' revision annotations, a DaemonSet's or StatefulSet's from the ControllerRevisions it
 * controls. Each revision maps to the pod template it ran, with the change-cause of that revision.
 */
import { controllerRefOf, type KubeObject, type StoredObject } from '../../../api';
import type { PodTemplateSpec } from '../../../api/schemas';
import type { CommandContext } from '../../context';

export const CHANGE_CAUSE = 'kubernetes.io/change-cause';
const REVISION = 'deployment.kubernetes.io/revision';

export interface Revision {
  revision: number;
  template: PodTemplateSpec;
  changeCause: string;
  /** The ReplicaSet or ControllerRevision holding it. */
  source: StoredObject;
}

/** Revisions by number, for the kinds that have history; undefined for the others. */
export function revisionsOf(context: CommandContext, obj: StoredObject): Map<number, Revision> | undefined {
  if (obj.kind === 'Deployment') return deploymentRevisions(context, obj);
  if (obj.kind === 'DaemonSet' || obj.kind === 'StatefulSet') return controllerRevisions(context, obj);
  return undefined;
}

function owned(context: CommandContext, owner: StoredObject, kind: string): StoredObject[] {
  return context.cluster.api.store.dependents(owner.metadata.uid).filter((o) => o.kind === kind && controllerRefOf(o)?.uid === owner.metadata.uid);
}

function deploymentRevisions(context: CommandContext, d: StoredObject): Map<number, Revision> {
  const result = new Map<number, Revision>();
  for (const rs of owned(context, d, 'ReplicaSet')) {
    const revision = Number.parseInt(rs.metadata.annotations?.[REVISION] ?? '', 10);
    if (Number.isNaN(revision)) continue;
    const template = structuredClone((rs.spec as { template?: PodTemplateSpec }).template ?? {});
    result.set(revision, withChangeCause(template, rs, revision));
  }
  return result;
}

function controllerRevisions(context: CommandContext, owner: StoredObject): Map<number, Revision> {
  const result = new Map<number, Revision>();
  for (const cr of owned(context, owner, 'ControllerRevision')) {
    const revision = (cr as { revision?: number }).revision ?? 0;
    const template = structuredClone(templateOfRevisionData((cr as { data?: unknown }).data));
    result.set(revision, { revision, template, changeCause: cr.metadata.annotations?.[CHANGE_CAUSE] ?? '', source: cr });
  }
  return result;
}

function withChangeCause(template: PodTemplateSpec, source: StoredObject, revision: number): Revision {
  const changeCause = source.metadata.annotations?.[CHANGE_CAUSE] ?? '';
  template.metadata = { ...template.metadata, annotations: { ...template.metadata?.annotations, ...(changeCause ? { [CHANGE_CAUSE]: changeCause } : {}) } };
  return { revision, template, changeCause, source };
}

/** ControllerRevision data is a strategic-merge patch `{spec: {template: {..., $patch: replace}}}`. */
export function templateOfRevisionData(data: unknown): PodTemplateSpec {
  const template = { ...(((data as { spec?: { template?: Record<string, unknown> } } | undefined)?.spec?.template ?? {}) as Record<string, unknown>) };
  delete template.$patch;
  return template as PodTemplateSpec;
}

export function templateOf(obj: KubeObject): PodTemplateSpec | undefined {
  return (obj.spec as { template?: PodTemplateSpec } | undefined)?.template;
}
