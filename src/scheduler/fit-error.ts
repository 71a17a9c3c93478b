/**
 * The FailedScheduling message (`pkg/scheduler/framework/types.go` FitError.Error and
 * `pkg/scheduler/framework/preemption/preemption.go`): `0/N nodes are available: <PreFilter msg>.
 * <histogram of filter reasons>. preemption: <the same shape for preemption>.` The histogram entries are
 * `<count> <reason>`, sorted as strings (so `1 node(s)...` sorts before `2 Insufficient cpu`).
 */
import type { Pod } from '../api/schemas';
import type { FilterStatus } from './framework';

export interface Diagnosis {
  readonly numAllNodes: number;
  /** The status of every node the filters rejected. */
  readonly nodeToStatus: ReadonlyMap<string, FilterStatus>;
  /** The status of nodes absent from the map (PreFilter narrowed the candidates). */
  readonly absentStatus?: FilterStatus;
  /** Set when a PreFilter plugin rejected the pod outright. */
  readonly preFilterMsg?: string;
}

export const PREEMPTION_NOT_HELPFUL = 'Preemption is not helpful for scheduling';
export const NO_PREEMPTION_VICTIMS = 'No preemption victims found for incoming pod';

export function fitErrorMessage(d: Diagnosis, postFilterMsg?: string): string {
  let message = `0/${d.numAllNodes} nodes are available:`;
  if (d.preFilterMsg) message += ` ${d.preFilterMsg}.`;
  else {
    const histogram = reasonHistogram(d);
    if (histogram.length > 0) message += ` ${histogram.join(', ')}.`;
  }
  if (postFilterMsg) message += ` ${postFilterMsg}`;
  return message;
}

function reasonHistogram(d: Diagnosis): string[] {
  const counts = new Map<string, number>();
  for (const status of d.nodeToStatus.values()) for (const r of status.reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  const absent = d.numAllNodes - d.nodeToStatus.size;
  if (absent > 0 && d.absentStatus) for (const r of d.absentStatus.reasons) counts.set(r, (counts.get(r) ?? 0) + absent);
  return [...counts].map(([reason, n]) => `${n} ${reason}`).sort();
}

/**
 * DefaultPreemption's PostFilter message. Every pod in kubespec has priority 0 (there are no
 * PriorityClasses), so no node ever has a victim: nodes that failed with `UnschedulableAndUnresolvable`
 * are "not helpful", the rest have "no victims".
 */
export function preemptionMessage(pod: Pod, d: Diagnosis, nodeNames: readonly string[]): string {
  if (pod.spec?.preemptionPolicy === 'Never') return 'preemption: not eligible due to preemptionPolicy=Never.';
  const statuses = new Map<string, FilterStatus>();
  for (const name of nodeNames) {
    const status = d.preFilterMsg ? undefined : d.nodeToStatus.get(name) ?? d.absentStatus;
    const unresolvable = !status || status.code === 'UnschedulableAndUnresolvable';
    statuses.set(name, { code: 'UnschedulableAndUnresolvable', reasons: [unresolvable ? PREEMPTION_NOT_HELPFUL : NO_PREEMPTION_VICTIMS] });
  }
  return `preemption: ${fitErrorMessage({ numAllNodes: nodeNames.length, nodeToStatus: statuses })}`;
}
