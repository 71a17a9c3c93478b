/** `describeDeployment` and `describeReplicaSet` (k8s.io/kubectl/pkg/describe/describe.go, v1.32). */
import { type KubeObject } from '../../../api/object';
import { formatLabelSelector, labelSelectorString } from '../labels';
import { arr, num, obj, path, record, str, timeOf } from '../object-fields';
import { annotationsSection, conditionsTable, controllerOf, labelsSection, rfc1123z } from './common-sections';
import { DescribeWriter } from './describe-writer';
import { eventsSection } from './events-section';
import { podsStatusLine } from './pod-counts';
import { podTemplateSection } from './pod-template-section';
import { type DescribeContext } from './describe-context';

export function describeDeployment(d: KubeObject, ctx: DescribeContext): string {
  const w = new DescribeWriter();
  const spec = obj(d.spec);
  const status = obj(d.status);
  w.write(0, `Name:\t${str(d.metadata.name)}\n`);
  w.write(0, `Namespace:\t${str(d.metadata.namespace)}\n`);
  w.write(0, `CreationTimestamp:\t${rfc1123z(d.metadata.creationTimestamp)}\n`);
  labelsSection(w, 'Labels', d.metadata.labels);
  annotationsSection(w, 'Annotations', d.metadata.annotations);
  w.write(0, `Selector:\t${labelSelectorString(spec.selector)}\n`);
  w.write(0, `Replicas:\t${num(spec.replicas)} desired | ${num(status.updatedReplicas)} updated | ${num(status.replicas)} total | ${num(status.availableReplicas)} available | ${num(status.unavailableReplicas)} unavailable\n`);
  w.write(0, `StrategyType:\t${str(path(spec, 'strategy.type'))}\n`);
  w.write(0, `MinReadySeconds:\t${num(spec.minReadySeconds)}\n`);
  const rolling = path(spec, 'strategy.rollingUpdate');
  if (rolling) w.write(0, `RollingUpdateStrategy:\t${intOrString(obj(rolling).maxUnavailable)} max unavailable, ${intOrString(obj(rolling).maxSurge)} max surge\n`);
  podTemplateSection(w, spec.template);
  conditionsTable(w, status.conditions);
  const { oldSets, newSet } = replicaSetsOf(d, ctx.list('ReplicaSet', d.metadata.namespace));
  if (oldSets.length > 0 || newSet) {
    w.write(0, `OldReplicaSets:\t${replicaSetList(oldSets)}\n`);
    w.write(0, `NewReplicaSet:\t${replicaSetList(newSet ? [newSet] : [])}\n`);
  }
  eventsSection(w, ctx.events, ctx.now);
  return w.toString();
}

/** IntOrString's `String()`: `25%` or `1`; an unset value prints as Go's zero IntOrString, `0`. */
function intOrString(value: unknown): string {
  return value === undefined || value === null ? '0' : str(value);
}

/**
 * `deploymentutil.GetAllReplicaSets`: the replica sets the deployment controls, oldest first; the new one is
 * the oldest whose pod template equals the deployment's, ignoring the pod-template-hash label.
 */
export function replicaSetsOf(d: KubeObject, all: readonly KubeObject[]): { oldSets: KubeObject[]; newSet: KubeObject | undefined } {
  const owned = all
    .filter((rs) => arr(rs.metadata.ownerReferences).some((r) => r.controller === true && str(r.uid) === str(d.metadata.uid)))
    .sort((a, b) => (timeOf(a.metadata.creationTimestamp) ?? 0) - (timeOf(b.metadata.creationTimestamp) ?? 0) || (str(a.metadata.name) < str(b.metadata.name) ? -1 : 1));
  const wanted = templateKey(path(d, 'spec.template'));
  const newSet = owned.find((rs) => templateKey(path(rs, 'spec.template')) === wanted);
  return { oldSets: owned.filter((rs) => rs !== newSet), newSet };
}

function templateKey(template: unknown): string {
  const copy = JSON.parse(JSON.stringify(template ?? {})) as Record<string, unknown>;
  const labels = record(path(copy, 'metadata.labels'));
  delete labels['pod-template-hash'];
  if (copy.metadata) (copy.metadata as Record<string, unknown>).labels = labels;
  return JSON.stringify(sortDeep(copy));
}

function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortDeep);
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(o).sort().filter((k) => !isEmpty(o[k])).map((k) => [k, sortDeep(o[k])]));
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);
}

function replicaSetList(sets: readonly KubeObject[]): string {
  return sets.map((rs) => `${str(rs.metadata.name)} (${num(path(rs, 'status.replicas'))}/${num(path(rs, 'spec.replicas'))} replicas created)`).join(', ') || '<none>';
}

export function describeReplicaSet(rs: KubeObject, ctx: DescribeContext): string {
  const w = new DescribeWriter();
  const spec = obj(rs.spec);
  w.write(0, `Name:\t${str(rs.metadata.name)}\n`);
  w.write(0, `Namespace:\t${str(rs.metadata.namespace)}\n`);
  w.write(0, `Selector:\t${formatLabelSelector(spec.selector)}\n`);
  labelsSection(w, 'Labels', rs.metadata.labels);
  annotationsSection(w, 'Annotations', rs.metadata.annotations);
  const controlledBy = controllerOf(rs);
  if (controlledBy) w.write(0, `Controlled By:\t${controlledBy}\n`);
  w.write(0, `Replicas:\t${num(path(rs, 'status.replicas'))} current / ${num(spec.replicas)} desired\n`);
  w.write(0, `Pods Status:\t${podsStatusLine(rs, ctx.list('Pod', rs.metadata.namespace), spec.selector)}\n`);
  podTemplateSection(w, spec.template);
  conditionsTable(w, path(rs, 'status.conditions'));
  eventsSection(w, ctx.events, ctx.now);
  return w.toString();
}
