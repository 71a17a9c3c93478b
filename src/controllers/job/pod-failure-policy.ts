/**
 * A Job's podFailurePolicy (pkg/controller/job/pod_failure_policy.go matchPodFailurePolicy, v1.32): the first
 * rule matching a failed pod decides its fate. FailJob fails the whole Job with a message naming the
 * container and exit code (or the pod condition); Ignore keeps the failure out of `status.failed` and the
 * backoffLimit; Count (and no match) counts it as usual. Exit codes match only terminated containers with a
 * non-zero code, regular containers first, then init containers.
 * FailIndex belongs to backoffLimitPerIndex, which kubespec does not model: it counts like Count here.
 */
import type { KubeObject } from '../../api';
import type { Job } from '../../api/schemas';

type PodFailurePolicy = NonNullable<NonNullable<Job['spec']>['podFailurePolicy']>;
type Rule = NonNullable<PodFailurePolicy['rules']>[number];
type ExitCodes = NonNullable<Rule['onExitCodes']>;

interface ContainerStatus {
  name: string;
  state?: { terminated?: { exitCode?: number } };
}
interface PodStatus {
  containerStatuses?: ContainerStatus[];
  initContainerStatuses?: ContainerStatus[];
  conditions?: { type?: string; status?: string }[];
}

export interface PolicyMatch {
  /** Set when a FailJob rule matched: the Job's failure message. */
  failJobMessage?: string;
  /** False when an Ignore rule matched: the failure does not count towards backoffLimit. */
  countFailed: boolean;
  action?: Rule['action'];
}

export function matchPodFailurePolicy(policy: PodFailurePolicy | undefined, pod: KubeObject): PolicyMatch {
  if (!policy) return { countFailed: true };
  const status = (pod.status ?? {}) as PodStatus;
  const podRef = `${pod.metadata.namespace ?? 'default'}/${pod.metadata.name}`;
  for (const [index, rule] of (policy.rules ?? []).entries()) {
    let failJobMessage: string | undefined;
    if (rule.onExitCodes) {
      const container = matchOnExitCodes(status, rule.onExitCodes);
      if (!container) continue;
      failJobMessage = `Container ${container.name} for pod ${podRef} failed with exit code ${container.state!.terminated!.exitCode} matching ${rule.action} rule at index ${index}`;
    } else if (rule.onPodConditions) {
      const condition = (status.conditions ?? []).find((c) => rule.onPodConditions!.some((p) => p.type === c.type && p.status === c.status));
      if (!condition) continue;
      failJobMessage = `Pod ${podRef} has condition ${condition.type} matching ${rule.action} rule at index ${index}`;
    } else continue;
    switch (rule.action) {
      case 'Ignore':
        return { countFailed: false, action: 'Ignore' };
      case 'FailJob':
        return { failJobMessage, countFailed: true, action: 'FailJob' };
      case 'Count':
      case 'FailIndex':
        return { countFailed: true, action: rule.action };
    }
  }
  return { countFailed: true };
}

function matchOnExitCodes(status: PodStatus, requirement: ExitCodes): ContainerStatus | undefined {
  return matchingContainer(status.containerStatuses, requirement) ?? matchingContainer(status.initContainerStatuses, requirement);
}

function matchingContainer(statuses: ContainerStatus[] | undefined, requirement: ExitCodes): ContainerStatus | undefined {
  return (statuses ?? []).find((s) => {
    const code = s.state?.terminated?.exitCode;
    if (code === undefined || code === 0) return false;
    if (requirement.containerName && requirement.containerName !== s.name) return false;
    const listed = (requirement.values ?? []).includes(code);
    return requirement.operator === 'In' ? listed : requirement.operator === 'NotIn' ? !listed : false;
  });
}
