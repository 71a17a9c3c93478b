/**
 * The Job controller (pkg/controller/job/job_controller.go syncJob and manageJob, v1.32): counts finished
 * pods and removes their tracking finalizer, fails the Job on backoffLimit or activeDeadlineSeconds,
 * keeps min(parallelism, remaining completions) pods running with the failure back-off, and completes it,
 * writing the interim SuccessCriteriaMet/FailureTarget condition before Complete/Failed.
 * Simplifications: no expectations (synchronous store); outcomes are counted in one status write with the
 * finalizer removal, so `uncountedTerminatedPods` stays empty; orphan pods are not adopted (Job pods carry
 * the Job's uid label, so only hand-made pods could be); successPolicy and backoffLimitPerIndex are not
 * evaluated. podFailurePolicy is (pod-failure-policy.ts).
 */
import { controllerRefOf, objectKey, parseObjectKey, type ObjectKey, type StoredObject, type WatchEvent } from '../../api';
import { toRFC3339, parseRFC3339 } from '../../clock';
import type { Job, PodTemplateSpec } from '../../api/schemas';
import { rankPodsForDeletion } from '../active-pods-ranking';
import { isPodReady } from '../pod-readiness';
import type { Action, Controller, ControllerContext, StoreView, WatchKeys } from '../controller';
import { controllerOf } from '../owner-references';
import { slowStartBatch } from '../slow-start-batch';
import { remainingBackoff } from './backoff';
import { BACKOFF_LIMIT_EXCEEDED, COMPLETIONS_REACHED, DEADLINE_EXCEEDED, findCondition, isJobFinished, newCondition, type JobCondition } from './conditions';
import { firstPendingIndexes, completionIndexOf } from './indexes';
import { JOB_TRACKING_FINALIZER, jobPod } from './job-pod';
import { countsAsFailed, isIndexed, observeJob, type JobState } from './job-state';
import { finishJob, jobStatus, type JobSync } from './job-status';
import { matchPodFailurePolicy } from './pod-failure-policy';

/** MaxPodCreateDeletePerSync. */
const MAX_PODS_PER_SYNC = 500;

export const jobController: Controller = {
  name: 'job-controller',
  watches: [
    { kind: 'Job', toKeys: (e) => (e.type === 'DELETED' ? undefined : objectKey('Job', e.object.metadata.namespace, e.object.metadata.name)) },
    { kind: 'Pod', toKeys: podKeys },
  ],
  reconcile(key, context) {
    return parseObjectKey(key).kind === 'Pod' ? releaseOrphanPod(key, context) : syncJob(key, context);
  },
};

function podKeys(event: WatchEvent, store: StoreView): WatchKeys {
  const pod = event.object;
  const ref = controllerOf(pod);
  if (ref?.kind !== 'Job') return undefined;
  const jobKey = objectKey('Job', pod.metadata.namespace, ref.name);
  const job = store.getByKey(jobKey);
  if (job?.metadata.uid === ref.uid) return jobKey;
  // The Job is gone: its pods must not stay blocked by the tracking finalizer.
  return event.type !== 'DELETED' && pod.metadata.finalizers?.includes(JOB_TRACKING_FINALIZER) ? objectKey('Pod', pod.metadata.namespace, pod.metadata.name) : undefined;
}

function releaseOrphanPod(key: ObjectKey, context: ControllerContext): Action[] {
  const pod = context.store.getByKey(key);
  if (!pod?.metadata.finalizers?.includes(JOB_TRACKING_FINALIZER)) return [];
  return [{ type: 'removeFinalizer', object: pod, finalizer: JOB_TRACKING_FINALIZER }];
}

function syncJob(key: ObjectKey, context: ControllerContext): Action[] {
  const job = context.store.getByKey(key) as StoredObject<Job> | undefined;
  if (!job) return [];
  const pods = context.store.dependents(job.metadata.uid).filter((o) => o.kind === 'Pod' && controllerRefOf(o)?.uid === job.metadata.uid);
  if (isJobFinished(job.status?.conditions as JobCondition[] | undefined)) return removeFinalizers(pods);
  const state = observeJob(job, pods);
  const sync: JobSync = { job, state, now: context.now, actions: [], conditions: [...((job.status?.conditions ?? []) as JobCondition[])], startTime: job.status?.startTime };
  if (!sync.startTime && !job.spec?.suspend) sync.startTime = toRFC3339(context.now);
  const finished = finishedCondition(sync);
  if (finished) {
    deletePods(sync, state.active);
    finishJob(sync, finished, state.active.length);
  } else {
    const created = job.metadata.deletionTimestamp ? 0 : manageJob(sync);
    completeOrSuspend(sync, created);
  }
  return [...sync.actions, ...jobStatus(sync), ...removeFinalizers([...state.newSucceeded, ...state.newFailed, ...state.newIgnored])];
}

/** The interim (or, once recorded, terminal) condition this sync ends the Job with, if any. */
function finishedCondition(sync: JobSync): JobCondition | undefined {
  const { job, state, now } = sync;
  const interim = findCondition(sync.conditions, 'SuccessCriteriaMet') ?? findCondition(sync.conditions, 'FailureTarget');
  if (interim?.status === 'True') return interim;
  // A FailJob rule comes before the backoffLimit and the deadline (syncJob, getFailJobMessage).
  const failJobMessage = firstFailJobMessage(job, state);
  if (failJobMessage) return newCondition('FailureTarget', 'True', 'PodFailurePolicy', failJobMessage, now);
  const backoffLimit = job.spec?.backoffLimit ?? 6;
  const newFailure = state.failed > (job.status?.failed ?? 0);
  const exceedsBackoff = newFailure && state.active.length !== (job.spec?.parallelism ?? 1) && state.failed > backoffLimit;
  if (exceedsBackoff || pastBackoffLimitOnFailure(job, state)) return newCondition('FailureTarget', 'True', BACKOFF_LIMIT_EXCEEDED.reason, BACKOFF_LIMIT_EXCEEDED.message, now);
  const deadline = activeDeadline(sync);
  if (deadline !== undefined && deadline <= now) return newCondition('FailureTarget', 'True', DEADLINE_EXCEEDED.reason, DEADLINE_EXCEEDED.message, now);
  if (deadline !== undefined) sync.actions.push({ type: 'requeueAfter', key: objectKey('Job', job.metadata.namespace, job.metadata.name), ms: deadline - now });
  return undefined;
}

/** getFailJobMessage: the message of the first failed pod that matches a FailJob rule. */
function firstFailJobMessage(job: StoredObject<Job>, state: JobState): string | undefined {
  const policy = job.spec?.podFailurePolicy;
  if (!policy) return undefined;
  const failed = countsAsFailed(job);
  for (const pod of state.pods) {
    const message = failed(pod) ? matchPodFailurePolicy(policy, pod).failJobMessage : undefined;
    if (message) return message;
  }
  return undefined;
}

/** OnFailure pods restart in place: their container restarts count against backoffLimit. */
function pastBackoffLimitOnFailure(job: StoredObject<Job>, state: JobState): boolean {
  if (job.spec?.template?.spec?.restartPolicy !== 'OnFailure') return false;
  const restarts = state.pods
    .filter((p) => ['Running', 'Pending'].includes((p.status as { phase?: string } | undefined)?.phase ?? 'Pending'))
    .flatMap((p) => [...((p.status as { containerStatuses?: { restartCount?: number }[] })?.containerStatuses ?? []), ...((p.status as { initContainerStatuses?: { restartCount?: number }[] })?.initContainerStatuses ?? [])])
    .reduce((sum, s) => sum + (s.restartCount ?? 0), 0);
  const limit = job.spec.backoffLimit ?? 6;
  return limit === 0 ? restarts > 0 : restarts >= limit;
}

/** activeDeadlineSeconds counts from startTime and not while suspended. */
function activeDeadline(sync: JobSync): number | undefined {
  const seconds = sync.job.spec?.activeDeadlineSeconds;
  if (seconds === undefined || !sync.startTime || sync.job.spec?.suspend) return undefined;
  return parseRFC3339(sync.startTime) + seconds * 1000;
}

/** manageJob: returns how many pods it created. */
function manageJob(sync: JobSync): number {
  const { job, state } = sync;
  if (job.spec?.suspend) {
    deletePods(sync, state.active);
    return 0;
  }
  const want = wantActive(job, state);
  const surplus = state.active.length - want;
  if (surplus > 0) {
    deletePods(sync, rankPodsForDeletion(state.active, [], sync.now).slice(0, Math.min(surplus, MAX_PODS_PER_SYNC)));
    return 0;
  }
  const terminating = job.spec?.podReplacementPolicy === 'Failed' ? state.terminating : 0;
  if (state.active.length + terminating >= want) return 0;
  const wait = remainingBackoff(state.pods, sync.now, countsAsFailed(job));
  if (wait > 0) {
    sync.actions.push({ type: 'requeueAfter', key: objectKey('Job', job.metadata.namespace, job.metadata.name), ms: wait });
    return 0;
  }
  return createPods(sync, Math.min(want - terminating - state.active.length, MAX_PODS_PER_SYNC));
}

function wantActive(job: StoredObject<Job>, state: JobState): number {
  const parallelism = job.spec?.parallelism ?? 1;
  const completions = job.spec?.completions;
  if (completions === undefined || completions === null) return state.succeeded > 0 ? state.active.length : parallelism;
  return Math.max(Math.min(completions - state.succeeded, parallelism), 0);
}

function createPods(sync: JobSync, count: number): number {
  const { job, state } = sync;
  const template = job.spec?.template as PodTemplateSpec | undefined;
  const completions = job.spec?.completions ?? 0;
  const indexes = isIndexed(job)
    ? firstPendingIndexes(count, completions, state.succeededIndexes, new Set(state.active.map((p) => completionIndexOf(p, completions)).filter((i): i is number => i !== undefined)))
    : Array.from({ length: count }, () => undefined);
  indexes.forEach((index, i) => {
    sync.actions.push({ type: 'create', object: jobPod(job, template, index), owner: job, batch: slowStartBatch(i), successEvent: { reason: 'SuccessfulCreate', messagePrefix: 'Created pod: ' } });
  });
  return indexes.length;
}

function deletePods(sync: JobSync, pods: readonly StoredObject[]): void {
  for (const pod of pods) sync.actions.push({ type: 'delete', object: pod, owner: sync.job, successEvent: { reason: 'SuccessfulDelete', messagePrefix: 'Deleted pod: ' } });
  sync.deleted = (sync.deleted ?? 0) + pods.length;
  sync.deletedReady = (sync.deletedReady ?? 0) + pods.filter(isPodReady).length;
}

/** Success when enough pods succeeded and none runs; otherwise the Suspended condition follows spec.suspend. */
function completeOrSuspend(sync: JobSync, created: number): void {
  const { job, state } = sync;
  const active = state.active.length + created - (sync.deleted ?? 0);
  const completions = job.spec?.completions;
  const complete = completions === undefined || completions === null ? state.succeeded > 0 && active === 0 : state.succeeded >= completions && active === 0;
  sync.active = active;
  if (complete) return finishJob(sync, newCondition('SuccessCriteriaMet', 'True', COMPLETIONS_REACHED.reason, COMPLETIONS_REACHED.message, sync.now), 0);
  if (!job.metadata.deletionTimestamp) updateSuspended(sync);
}

function updateSuspended(sync: JobSync): void {
  const suspended = sync.job.spec?.suspend === true;
  const current = findCondition(sync.conditions, 'Suspended');
  if (suspended && current?.status !== 'True') {
    sync.conditions = [...sync.conditions.filter((c) => c.type !== 'Suspended'), newCondition('Suspended', 'True', 'JobSuspended', 'Job suspended', sync.now)];
    sync.actions.push({ type: 'event', object: sync.job, eventType: 'Normal', reason: 'Suspended', message: 'Job suspended' });
  } else if (!suspended && current?.status === 'True') {
    sync.conditions = sync.conditions.map((c) => (c.type === 'Suspended' ? newCondition('Suspended', 'False', 'JobResumed', 'Job resumed', sync.now) : c));
    sync.actions.push({ type: 'event', object: sync.job, eventType: 'Normal', reason: 'Resumed', message: 'Job resumed' });
    // A resumed Job's activeDeadlineSeconds counts from now.
    sync.startTime = toRFC3339(sync.now);
  }
}

function removeFinalizers(pods: readonly StoredObject[]): Action[] {
  return pods.filter((p) => p.metadata.finalizers?.includes(JOB_TRACKING_FINALIZER)).map((p) => ({ type: 'removeFinalizer' as const, object: p, finalizer: JOB_TRACKING_FINALIZER }));
}
