/**
 * Indexed completion mode (pkg/controller/job/indexed_job_utils.go): each pod carries its completion index
 * in the `batch.kubernetes.io/job-completion-index` annotation and label; `status.completedIndexes` is the
 * succeeded indexes as ranges (`1,3-5`).
 */
import type { KubeObject } from '../../api';

export const COMPLETION_INDEX = 'batch.kubernetes.io/job-completion-index';

export function completionIndexOf(pod: KubeObject, completions: number): number | undefined {
  const value = pod.metadata.annotations?.[COMPLETION_INDEX] ?? pod.metadata.labels?.[COMPLETION_INDEX];
  if (value === undefined || !/^\d+$/.test(value)) return undefined;
  const index = Number(value);
  return index < completions ? index : undefined;
}

/** `0-2,4,6-7` (orderedIntervals.String). */
export function formatIndexes(indexes: ReadonlySet<number>): string {
  const sorted = [...indexes].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    ranges.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return ranges.join(',');
}

/** firstPendingIndexes: the lowest indexes neither succeeded nor running. */
export function firstPendingIndexes(count: number, completions: number, succeeded: ReadonlySet<number>, active: ReadonlySet<number>): number[] {
  const result: number[] = [];
  for (let i = 0; i < completions && result.length < count; i++) if (!succeeded.has(i) && !active.has(i)) result.push(i);
  return result;
}
