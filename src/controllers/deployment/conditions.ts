/**
 * Deployment conditions (deployment_util.go NewDeploymentCondition, SetDeploymentCondition,
 * RemoveDeploymentCondition) and the reasons and messages the controller writes, as in v1.32.
 */
import { toRFC3339 } from '../../clock';
import type { DeploymentCondition, DeploymentStatus } from '../../api/schemas';

export const REASON = {
  minimumReplicasAvailable: 'MinimumReplicasAvailable',
  minimumReplicasUnavailable: 'MinimumReplicasUnavailable',
  newReplicaSetCreated: 'NewReplicaSetCreated',
  foundNewReplicaSet: 'FoundNewReplicaSet',
  replicaSetUpdated: 'ReplicaSetUpdated',
  newReplicaSetAvailable: 'NewReplicaSetAvailable',
  progressDeadlineExceeded: 'ProgressDeadlineExceeded',
  paused: 'DeploymentPaused',
  resumed: 'DeploymentResumed',
} as const;

export function newCondition(type: string, status: 'True' | 'False' | 'Unknown', reason: string, message: string, now: number): DeploymentCondition {
  const at = toRFC3339(now);
  return { type, status, lastUpdateTime: at, lastTransitionTime: at, reason, message };
}

export function getCondition(status: DeploymentStatus, type: string): DeploymentCondition | undefined {
  const conditions = status.conditions;
  if (conditions) for (let i = 0; i < conditions.length; i++) if (conditions[i]!.type === type) return conditions[i];
  return undefined;
}

/**
 * setCondition(status, newCondition(...)), building the condition only when it changes something: most syncs
 * find Available as it was, and would make a condition and its timestamp for nothing.
 */
export function ensureCondition(status: DeploymentStatus, type: string, conditionStatus: 'True' | 'False' | 'Unknown', reason: string, message: string, now: number): void {
  const current = getCondition(status, type);
  if (current && current.status === conditionStatus && current.reason === reason) return;
  setCondition(status, newCondition(type, conditionStatus, reason, message, now));
}

/**
 * SetDeploymentCondition: nothing changes when status and reason are the same; a condition whose status is
 * unchanged keeps its lastTransitionTime; the new condition goes to the end of the list.
 */
export function setCondition(status: DeploymentStatus, condition: DeploymentCondition): void {
  const current = getCondition(status, condition.type ?? '');
  if (current && current.status === condition.status && current.reason === condition.reason) return;
  const next = current && current.status === condition.status ? { ...condition, lastTransitionTime: current.lastTransitionTime } : condition;
  replaceCondition(status, next);
}

/**
 * RemoveDeploymentCondition then appending `condition`: one new list (the lists are replaced, never edited,
 * so a sync's status may share the stored Deployment's frozen list until it changes).
 */
export function replaceCondition(status: DeploymentStatus, condition: DeploymentCondition): void {
  const conditions: DeploymentCondition[] = [];
  const current = status.conditions;
  if (current) for (let i = 0; i < current.length; i++) if (current[i]!.type !== condition.type) conditions.push(current[i]!);
  conditions.push(condition);
  status.conditions = conditions;
}

export function removeCondition(status: DeploymentStatus, type: string): void {
  status.conditions = (status.conditions ?? []).filter((c) => c.type !== type);
}
