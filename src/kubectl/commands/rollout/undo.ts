/**
 * `kubectl rollout undo TYPE/NAME [--to-revision=N]` (polymorphichelpers/rollback.go). Client-side, as
 * kubectl does it: a Deployment gets the chosen ReplicaSet's template (without pod-template-hash) and its
 * annotations; a DaemonSet or StatefulSet gets the template stored in the ControllerRevision. The
 * controller then treats the old template as new again (a new revision number for the old RS).
 */
import { jsonEqual, type StoredObject } from '../../../api';
import type { PodTemplateSpec } from '../../../api/schemas';
import type { CommandContext } from '../../context';
import { KubectlError } from '../../errors';
import { resourceName } from '../../printers';
import { dryRunMode } from '../write-flags';
import { printTemplate } from './history';
import { revisionsOf, templateOf, type Revision } from './revision-history';
import { groupKind, rolloutTargets, TARGET_FLAGS, type RolloutSubcommand } from './subcommand';

/** Deployment annotations kubectl keeps from the Deployment rather than the ReplicaSet (annotationsToSkip). */
const KEPT_FROM_DEPLOYMENT = [
  'kubectl.kubernetes.io/last-applied-configuration',
  'deployment.kubernetes.io/revision',
  'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas',
  'deployment.kubernetes.io/max-replicas',
  'deprecated.deployment.rollback.to',
];

export const undoSubcommand: RolloutSubcommand = {
  name: 'undo',
  flags: [...TARGET_FLAGS, 'to-revision', 'dry-run', 'output', 'show-managed-fields', 'template', 'allow-missing-template-keys'],
  run(context, args, flags) {
    const toRevision = flags.int('to-revision') ?? 0;
    const dryRun = dryRunMode(flags);
    for (const obj of rolloutTargets(context, args, flags)) {
      const result = rollback(context, obj, toRevision, dryRun);
      context.output.out(`${resourceName(obj)} ${result}`);
    }
  },
};

function rollback(context: CommandContext, obj: StoredObject, toRevision: number, dryRun: string): string {
  if (toRevision < 0) throw revisionNotFound(toRevision);
  const revisions = revisionsOf(context, obj);
  if (!revisions) throw new KubectlError(`error: no rollbacker has been implemented for "${groupKind(context, obj)}"`);
  if (obj.kind === 'Deployment' && (obj.spec as { paused?: boolean }).paused) {
    throw new KubectlError("error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again");
  }
  const target = obj.kind === 'Deployment' ? deploymentTarget(obj, revisions, toRevision) : historyTarget(revisions, toRevision);
  const template = targetTemplate(target);
  // DeploymentRollbacker prints the bare template; the DaemonSet and StatefulSet rollbackers go through
  // printPodTemplate, which prefixes "will roll back to ".
  if (dryRun === 'client') return obj.kind === 'Deployment' ? printTemplate(template) : `will roll back to ${printTemplate(template)}`;
  if (sameTemplate(template, templateOf(obj))) return `skipped rollback (current template already matches revision ${toRevision})`;
  const next = obj.kind === 'Deployment' ? { ...obj, metadata: { ...obj.metadata, annotations: deploymentAnnotations(obj, target.source) } } : obj;
  context.cluster.api.update({ ...next, spec: { ...(obj.spec as object), template } }, { user: context.user, dryRun: dryRun === 'server' });
  return 'rolled back';
}

/** deploymentRevision: --to-revision, or the highest revision below the latest. */
function deploymentTarget(d: StoredObject, revisions: Map<number, Revision>, toRevision: number): Revision {
  if (toRevision > 0) return revisions.get(toRevision) ?? revisionNotFound(toRevision);
  const sorted = [...revisions.keys()].sort((a, b) => b - a);
  if (sorted.length < 2) throw new KubectlError(`error: no rollout history found for deployment "${d.metadata.name}"`);
  return revisions.get(sorted[1]!)!;
}

/** findHistory: --to-revision, or the second-highest ControllerRevision. */
function historyTarget(revisions: Map<number, Revision>, toRevision: number): Revision {
  if (toRevision === 0 && revisions.size <= 1) throw new KubectlError('error: no last revision to roll back to');
  if (toRevision > 0) return revisions.get(toRevision) ?? revisionNotFound(toRevision);
  const sorted = [...revisions.keys()].sort((a, b) => b - a);
  return revisions.get(sorted[1]!)!;
}

/** The template as stored in the ReplicaSet (minus pod-template-hash) or the ControllerRevision. */
function targetTemplate(target: Revision): PodTemplateSpec {
  if (target.source.kind !== 'ReplicaSet') return target.template;
  const template = structuredClone(templateOf(target.source) ?? {});
  const labels = { ...template.metadata?.labels };
  delete labels['pod-template-hash'];
  return { ...template, metadata: { ...template.metadata, labels } };
}

function sameTemplate(a: PodTemplateSpec | undefined, b: PodTemplateSpec | undefined): boolean {
  return jsonEqual(a ?? {}, b ?? {});
}

function deploymentAnnotations(d: StoredObject, rs: StoredObject): Record<string, string> {
  const annotations: Record<string, string> = {};
  for (const key of KEPT_FROM_DEPLOYMENT) {
    const value = d.metadata.annotations?.[key];
    if (value !== undefined) annotations[key] = value;
  }
  for (const [key, value] of Object.entries(rs.metadata.annotations ?? {})) if (!KEPT_FROM_DEPLOYMENT.includes(key)) annotations[key] = value;
  return annotations;
}

function revisionNotFound(revision: number): never {
  throw new KubectlError(`error: unable to find specified revision ${revision} in history`);
}
