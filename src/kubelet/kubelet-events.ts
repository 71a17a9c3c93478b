/**
 * Events as the kubelet records them (`pkg/kubelet/events/event.go` reasons): source `kubelet` with the
 * node as host; container events carry `involvedObject.fieldPath` `spec.containers{web}` (or
 * `spec.initContainers{init}`), pod-level ones none.
 */
import type { EventRecorder, EventSource, EventType, KubeObject } from '../api';
import type { Pod } from '../api/schemas';
import { BoundedMemo } from '../api/bounded-memo';

export class KubeletEvents {
  /** One frozen source for every Event of this kubelet: stored Events share it. */
  private readonly source: EventSource;

  constructor(
    private readonly recorder: EventRecorder,
    nodeName: string,
  ) {
    this.source = Object.freeze({ component: 'kubelet', host: nodeName });
  }

  pod(pod: Pod, type: EventType, reason: string, message: string): void {
    this.recorder.record(pod as KubeObject, { type, reason, message, source: this.source });
  }

  container(pod: Pod, container: string, type: EventType, reason: string, message: string): void {
    const fieldPath = isInitContainer(pod, container) ? initFieldPath(container) : containerFieldPath(container);
    this.recorder.record(pod as KubeObject, { type, reason, message, fieldPath, source: this.source });
  }
}

/** A loop rather than `some` and its closure: four Events per pod start come through here. */
function isInitContainer(pod: Pod, container: string): boolean {
  const inits = pod.spec?.initContainers;
  if (!inits) return false;
  for (let i = 0; i < inits.length; i++) if (inits[i]!.name === container) return true;
  return false;
}

/**
 * Memoizes a text built from one name (a container's, an image's): every pod of a Deployment records the
 * same `Created container web`, and each stored Event would otherwise keep its own copy of it. `join`
 * makes one flat string rather than a rope of its pieces. A process sees a handful of names; the table is
 * simply emptied should it ever hold a thousand.
 */
export function perName(...parts: readonly [string, string]): (name: string) => string {
  const table = new BoundedMemo<string, string>(1000);
  return (name) => table.get(name) ?? table.set(name, [parts[0], name, parts[1]].join(''));
}

const containerFieldPath = perName('spec.containers{', '}');
const initFieldPath = perName('spec.initContainers{', '}');

/** `Created container web` and `Started container web` (kuberuntime_container.go startContainer). */
export const createdMessage = perName('Created container ', '');
export const startedMessage = perName('Started container ', '');
