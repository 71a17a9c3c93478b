/**
 * The memory limit the kubelet gives the runtime for one container: `resources.limits.memory` as whole bytes
 * (`Limits.Memory().Value()`, rounded up), which kuberuntime_container_linux.go puts in the CRI's
 * `LinuxContainerResources.memory_limit_in_bytes` and runc writes to the cgroup's `memory.max`.
 * A LimitRange's default limit is in the spec already (admission wrote it); no limit is undefined.
 */
import type { Pod } from '../api/schemas';
import { parseQuantity } from '../api/validation';

export function containerMemoryLimit(pod: Pod, containerName: string): number | undefined {
  const container = pod.spec?.containers?.find((c) => c.name === containerName) ?? pod.spec?.initContainers?.find((c) => c.name === containerName);
  const limit = container?.resources?.limits?.memory;
  return limit === undefined ? undefined : Math.ceil(parseQuantity(limit));
}
