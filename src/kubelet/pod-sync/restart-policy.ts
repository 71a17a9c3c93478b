/**
 * Whether a container that is not running should run again (`pkg/kubelet/container/helpers.go`
 * ShouldContainerBeRestarted, with the sidecar rule of `pkg/kubelet/kuberuntime` for init containers
 * that set `restartPolicy: Always`).
 */
import type { Pod } from '../../api/schemas';
import type { ContainerInstance, ContainerKind } from '../pod-state';

export type RestartPolicy = 'Always' | 'OnFailure' | 'Never';

export function podRestartPolicy(pod: Pod): RestartPolicy {
  return (pod.spec?.restartPolicy as RestartPolicy | undefined) ?? 'Always';
}

export function shouldContainerBeRestarted(kind: ContainerKind, pod: Pod, latest: ContainerInstance | undefined): boolean {
  if (pod.metadata.deletionTimestamp) return false;
  if (!latest) return true;
  if (latest.state === 'running') return false;
  if (kind === 'sidecar') return true;
  const policy = podRestartPolicy(pod);
  if (policy === 'Never') return false;
  if (policy === 'OnFailure' && latest.exitCode === 0) return false;
  return true;
}

/** Regular init containers follow the pod's policy, except that `Always` means "on failure" for them. */
export function shouldInitContainerRerun(pod: Pod, latest: ContainerInstance): boolean {
  return latest.exitCode !== 0 && podRestartPolicy(pod) !== 'Never';
}
