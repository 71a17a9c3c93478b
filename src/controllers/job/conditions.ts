/**
 * Job conditions (job_controller.go newCondition, ensureJobConditionStatus) with v1.32's interim
 * conditions: SuccessCriteriaMet and FailureTarget come first, Complete and Failed follow once no pod is
 * still terminating (JobPodReplacementPolicy and JobManagedBy are on, so delayTerminalCondition holds).
 */
import { toRFC3339 } from '../../clock';

export interface JobCondition {
  type: string;
  status: string;
  lastProbeTime?: string;
  lastTransitionTime?: string;
  reason?: string;
  message?: string;
}

export const COMPLETIONS_REACHED = { reason: 'CompletionsReached', message: 'Reached expected number of succeeded pods' };
export const BACKOFF_LIMIT_EXCEEDED = { reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' };
export const DEADLINE_EXCEEDED = { reason: 'DeadlineExceeded', message: 'Job was active longer than specified deadline' };

export function newCondition(type: string, status: string, reason: string, message: string, now: number): JobCondition {
  const at = toRFC3339(now);
  return { type, status, lastProbeTime: at, lastTransitionTime: at, reason, message };
}

export function findCondition(conditions: readonly JobCondition[] | undefined, type: string): JobCondition | undefined {
  return conditions?.find((c) => c.type === type);
}

export function isTrue(conditions: readonly JobCondition[] | undefined, type: string): boolean {
  return findCondition(conditions, type)?.status === 'True';
}

/** IsJobFinished: a Complete or Failed condition that is True. */
export function isJobFinished(conditions: readonly JobCondition[] | undefined): boolean {
  return isTrue(conditions, 'Complete') || isTrue(conditions, 'Failed');
}

/**
 * ensureJobConditionStatus: replace a condition whose status, reason or message changed; add a missing
 * one unless its status would be False. Returns the new list and whether it changed.
 */
export function ensureCondition(list: JobCondition[], type: string, status: string, reason: string, message: string, now: number): [JobCondition[], boolean] {
  const current = findCondition(list, type);
  if (current) {
    if (current.status === status && current.reason === reason && current.message === message) return [list, false];
    return [list.map((c) => (c.type === type ? newCondition(type, status, reason, message, now) : c)), true];
  }
  if (status === 'False') return [list, false];
  return [[...list, newCondition(type, status, reason, message, now)], true];
}

/** The terminal condition an interim one leads to. */
export function terminalTypeOf(interim: string): 'Complete' | 'Failed' {
  return interim === 'SuccessCriteriaMet' ? 'Complete' : 'Failed';
}
