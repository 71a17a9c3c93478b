/**
 * Events as the kubelet records them (`pkg/kubelet/events/event.go` reasons): source `kubelet` with the
 * node as host; container events carry `involvedObject.fieldPath` `spec.containers{web}` (or
 * `spec.initContainers{init}`), pod-level ones none.
 */
import type { EventRecorder, EventSource, EventType, KubeObject } from '../api';
import type { Pod } from '../api/schemas';

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
    const init = (pod.spec?.initContainers ?? []).some((c) => c.name === container);
    const fieldPath = `spec.${init ? 'initContainers' : 'containers'}{${container}}`;
    this.recorder.record(pod as KubeObject, { type, reason, message, fieldPath, source: this.source });
  }
}
