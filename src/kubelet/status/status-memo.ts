/**
 * Remembers what one pod's last status generation read, so that the next one can be skipped when none of
 * it changed. The kubelet regenerates the status after every sync and on every container, probe and
 * sandbox change (≈ 5 times for 3 writes while a pod starts, then once per resync); the status manager
 * would find each repeat semantically equal to what the API holds and write nothing
 * (status_manager.go needsUpdate), so skipping it changes no write's content or timing.
 *
 * Why a repeat is always equal: generation is a function of the target object, the pod, the node's IP,
 * the terminal/static/evicted flags and the kubelet's state; the instant only stamps a condition whose
 * status changed and a missing startTime, neither of which can happen when the previous generation's
 * result is what the API holds. That is why the memo is taken only when the stored status is exactly
 * the generated one (`remember` after a write, or a generation that wrote nothing).
 */
import type { StoredObject } from '../../api';
import type { Pod } from '../../api/schemas';
import type { StatusWrite } from './status-manager';

/** Stands for "the pod is the target object itself" (an API pod), whose identity changes with each write. */
const POD_IS_TARGET = Symbol('pod is target');

export class StatusMemo {
  private facts: readonly unknown[] = [];

  /** The inputs of a generation for `write`, to pass to `unchanged` and then `remember`. */
  static factsOf(write: StatusWrite): unknown[] {
    const facts: unknown[] = [write.target, write.pod === write.target ? POD_IS_TARGET : write.pod, write.hostIP, write.podIsTerminal, write.isStaticPod, write.evicted];
    write.state.statusFacts(facts);
    return facts;
  }

  /** True when `facts` are those of the last remembered generation. */
  unchanged(facts: readonly unknown[]): boolean {
    const last = this.facts;
    if (last.length !== facts.length) return false;
    for (let i = 0; i < facts.length; i++) if (!Object.is(facts[i], last[i])) return false;
    return true;
  }

  /** Records a generation whose result the API now holds as `stored`. */
  remember(facts: unknown[], stored: StoredObject<Pod>): void {
    facts[0] = stored;
    this.facts = facts;
  }

  forget(): void {
    this.facts = [];
  }
}
