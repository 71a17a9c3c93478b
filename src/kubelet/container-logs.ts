/**
 * The kubelet's side of `kubectl logs` (`pkg/kubelet/kubelet_pods.go` validateContainerLogStatus and
 * GetContainerLogs): which container instance to read follows the pod's reported status; a container
 * without logs yet answers with the apiserver's BadRequest texts, e.g.
 * `container "web" in pod "web" is waiting to start: ContainerCreating`.
 */
import type { StoredObject } from '../api';
import type { ContainerStatus, Pod } from '../api/schemas';
import { readLog, type LogOptions } from './logs';
import type { ContainerInstance } from './pod-state';

export type LogsResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string };

export interface LogsRequest extends LogOptions {
  readonly container: string;
  readonly previous?: boolean;
}

export function containerLogs(pod: StoredObject<Pod>, instances: readonly ContainerInstance[], request: LogsRequest): LogsResult {
  const name = request.container;
  const podName = pod.metadata.name;
  const status = findStatus(pod, name);
  const fail = (text: string): LogsResult => ({ ok: false, error: text });
  if (!status) return fail(`container "${name}" in pod "${podName}" is not available`);
  const id = containerToRead(status, request.previous === true);
  if ('error' in id) return fail(id.error.replace('%c', `container "${name}" in pod "${podName}"`));
  const instance = instances.find((i) => `containerd://${i.id}` === id.containerID);
  // The runtime already removed that container's log (it is older than the previous instance).
  if (!instance) return { ok: true, text: '' };
  return { ok: true, text: readLog(instance.log, request) };
}

function findStatus(pod: StoredObject<Pod>, name: string): ContainerStatus | undefined {
  const status = pod.status ?? {};
  return [...(status.containerStatuses ?? []), ...(status.initContainerStatuses ?? []), ...(status.ephemeralContainerStatuses ?? [])].find((s) => s.name === name);
}

function containerToRead(status: ContainerStatus, previous: boolean): { containerID: string } | { error: string } {
  const { waiting, running, terminated } = status.state ?? {};
  const last = status.lastState?.terminated;
  if (previous) return last?.containerID ? { containerID: last.containerID } : { error: `previous terminated %c not found` };
  if (running) return { containerID: status.containerID ?? '' };
  if (terminated) {
    if (terminated.containerID) return { containerID: terminated.containerID };
    return last?.containerID ? { containerID: last.containerID } : { error: '%c is terminated' };
  }
  if (last) return last.containerID ? { containerID: last.containerID } : { error: '%c is terminated' };
  if (waiting) {
    if (waiting.reason === 'ErrImagePull') return { error: `%c is waiting to start: image can't be pulled` };
    if (waiting.reason === 'ImagePullBackOff') return { error: '%c is waiting to start: trying and failing to pull image' };
    return { error: `%c is waiting to start: ${waiting.reason ?? ''}` };
  }
  return { error: '%c is waiting to start - no logs yet' };
}
