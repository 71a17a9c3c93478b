/**
 * Events as the kubelet records them (`pkg/kubelet/events/event.go` reasons): source `kubelet` with the
 * node as host; container events carry `involvedObject.fieldPath` `spec.containers{web}` (or
 * `spec.initContainers{init}`), pod-level ones none.
 */
import type { EventRecorder, EventType, KubeObject } from '../api';
import type { Pod } from '../api/schemas';

export class KubeletEvents {
  constructor(
    private readonly recorder: EventRecorder,
    private readonly nodeName: string,
  ) {}

  pod(pod: Pod, type: EventType, reason: string, message: string): void {
    this.recorder.record(pod as KubeObject, { type, reason, message, source: { component: 'kubelet', host: this.nodeName } });
  }

  container(pod: Pod, container: string, type: EventType, reason: string, message: string): void {
    const init = (pod.spec?.initContainers ?? []).some((c) => c.name === container);
    const fieldPath = `spec.${init ? 'initContainers' : 'containers'}{${container}}`;
    this.recorder.record(pod as KubeObject, { type, reason, message, fieldPath, source: { component: 'kubelet', host: this.nodeName } });
  }
}
