/**
 * What one Job sync observes (syncJobCtx in job_controller.go): its pods sorted by fate, and the counts
 * that include the pods finished since the last sync. Pure function of the store.
 */
import type { KubeObject, StoredObject } from '../../api';
import type { Job } from '../../api/schemas';
import { isPodActive, isPodReady, isPodTerminal, podPhase } from '../pod-readiness';
import { completionIndexOf, formatIndexes } from './indexes';
import { JOB_TRACKING_FINALIZER } from './job-pod';
import { matchPodFailurePolicy } from './pod-failure-policy';

export interface JobState {
  pods: StoredObject[];
  active: StoredObject[];
  /** Finished pods whose outcome is not in the status yet (they still carry the tracking finalizer). */
  newSucceeded: StoredObject[];
  newFailed: StoredObject[];
  /** Failed pods a podFailurePolicy Ignore rule keeps out of the count; only their finalizer is removed. */
  newIgnored: StoredObject[];
  succeeded: number;
  failed: number;
  ready: number;
  terminating: number;
  /** Indexed Jobs: the succeeded indexes. */
  succeededIndexes: Set<number>;
}

export function isIndexed(job: Job): boolean {
  return job.spec?.completionMode === 'Indexed';
}

/** isPodFailed: Failed, or (with podReplacementPolicy TerminatingOrFailed) deleted before succeeding. */
export function countsAsFailed(job: Job): (pod: KubeObject) => boolean {
  const onlyFailed = job.spec?.podReplacementPolicy === 'Failed' || job.spec?.podFailurePolicy !== undefined;
  return (pod) => podPhase(pod) === 'Failed' || (!onlyFailed && pod.metadata.deletionTimestamp !== undefined && podPhase(pod) !== 'Succeeded');
}

export function observeJob(job: StoredObject<Job>, pods: StoredObject[]): JobState {
  const failedPod = countsAsFailed(job);
  const tracked = pods.filter((p) => p.metadata.finalizers?.includes(JOB_TRACKING_FINALIZER));
  const newSucceeded = tracked.filter((p) => podPhase(p) === 'Succeeded');
  const finishedFailed = tracked.filter((p) => podPhase(p) !== 'Succeeded' && failedPod(p));
  const counted = (p: KubeObject) => matchPodFailurePolicy(job.spec?.podFailurePolicy, p).countFailed;
  const newFailed = finishedFailed.filter(counted);
  const newIgnored = finishedFailed.filter((p) => !counted(p));
  const active = pods.filter(isPodActive);
  const succeededIndexes = new Set<number>();
  if (isIndexed(job)) {
    const completions = job.spec?.completions ?? 0;
    for (const p of pods) if (podPhase(p) === 'Succeeded') addIndex(succeededIndexes, completionIndexOf(p, completions));
    for (const i of parseIndexes(job.status?.completedIndexes)) succeededIndexes.add(i);
  }
  const succeeded = isIndexed(job) ? succeededIndexes.size : (job.status?.succeeded ?? 0) + newSucceeded.length;
  return {
    pods,
    active,
    newSucceeded,
    newFailed,
    newIgnored,
    succeeded,
    failed: (job.status?.failed ?? 0) + newFailed.length,
    ready: active.filter(isPodReady).length,
    terminating: pods.filter((p) => p.metadata.deletionTimestamp && !isPodTerminal(p)).length,
    succeededIndexes,
  };
}

function addIndex(set: Set<number>, index: number | undefined): void {
  if (index !== undefined) set.add(index);
}

function parseIndexes(text: string | undefined): number[] {
  if (!text) return [];
  return text.split(',').flatMap((part) => {
    const [from, to] = part.split('-').map(Number);
    return Array.from({ length: (to ?? from!) - from! + 1 }, (_, i) => from! + i);
  });
}

export { formatIndexes };
