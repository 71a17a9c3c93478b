/**
 * Writing a pod's status (`pkg/kubelet/status/status_manager.go`): the status is regenerated from the
 * kubelet's view and PUT to the `status` subresource only when it differs from what the API holds;
 * a static pod's status goes to its mirror pod. The final DELETE of a terminated pod (grace 0, with
 * the pod's UID as precondition) happens here too.
 */
import { shareEqual, type ApiServer, type StoredObject } from '../../api';
import { withFields } from '../../api/with-fields';
import type { Pod, PodStatus } from '../../api/schemas';
import type { PodState } from '../pod-state';
import { generatePodStatus, type StatusInputs } from './generate';
import { StatusMemo } from './status-memo';

export interface StatusWrite {
  readonly api: ApiServer;
  /** The API object to update: the pod, or a static pod's mirror. */
  readonly target: StoredObject<Pod>;
  /** The pod as the kubelet runs it (a static pod's own spec). */
  readonly pod: Pod;
  readonly state: PodState;
  readonly hostIP: string;
  readonly now: number;
  readonly podIsTerminal: boolean;
  readonly isStaticPod: boolean;
  readonly evicted?: StatusInputs['evicted'];
}

/**
 * status_manager.go needsUpdate compares with apiequality.Semantic.DeepEqual; `shareEqual` does that and
 * keeps the stored (frozen) parts that did not change, so a write stores and freezes only the new parts.
 */
export function writePodStatus(write: StatusWrite, memo?: StatusMemo): StoredObject<Pod> {
  let facts: unknown[] | undefined;
  if (memo) {
    const current = StatusMemo.factsOf(write);
    if (memo.unchanged(current)) return write.target;
    facts = StatusMemo.keep(current);
  }
  const before = write.target.status ?? NO_STATUS;
  const status = shareEqual(generatePodStatus(statusInputs(write)), before);
  if (status === before) {
    if (memo && facts) memo.remember(facts, write.target);
    return write.target;
  }
  const stored = write.api.updateStatus({ ...write.target, status }) as StoredObject<Pod>;
  if (memo && facts) {
    if (stored.status === status) memo.remember(facts, stored);
    else memo.forget();
  }
  return stored;
}

const NO_STATUS: PodStatus = Object.freeze({});

/** What a generation reads: the kubelet's pod carrying the API's current status (an API pod is the target itself). */
export function statusInputs(write: StatusWrite): StatusInputs {
  // A StatusWrite is a StatusInputs: an API pod's write is passed as it is, not copied.
  if (write.pod === write.target) return write;
  const pod = write.pod === write.target ? write.target : withFields(write.pod, { status: write.target.status });
  return { pod, state: write.state, hostIP: write.hostIP, now: write.now, podIsTerminal: write.podIsTerminal, isStaticPod: write.isStaticPod, evicted: write.evicted };
}

/** The status manager's final delete once the pod's containers and volumes are gone. */
export function deleteTerminatedPod(api: ApiServer, pod: StoredObject<Pod>): void {
  const current = api.store.get('Pod', pod.metadata.namespace, pod.metadata.name);
  if (!current || current.metadata.uid !== pod.metadata.uid) return;
  api.delete('Pod', pod.metadata.namespace, pod.metadata.name, { gracePeriodSeconds: 0 });
}
