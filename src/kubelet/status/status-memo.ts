/**
 * Remembers what one pod's last status generation read, so that the next one can be skipped when none of
 * it changed. The kubelet regenerates the status after every sync and on every container, probe and
 * sandbox change (several times for 2 writes while a pod starts, then once per resync); the status manager
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
import type { PodState, StatusFacts } from '../pod-state';
import type { StatusWrite } from './status-manager';

/** Stands for "the pod is the target object itself" (an API pod), whose identity changes with each write. */
const POD_IS_TARGET = Symbol('pod is target');

const NO_FACTS: readonly unknown[] = Object.freeze([]);

/**
 * The facts of the generation being considered, filled by index into one buffer per process: most checks
 * find them unchanged and allocate nothing; only a generation that goes ahead copies them (`keep`), into an
 * exact-size array that the memo then holds for the pod.
 */
class FactsBuffer implements StatusFacts {
  readonly items: unknown[] = [];
  length = 0;

  add(value: unknown): void {
    this.items[this.length++] = value;
  }
}

const BUFFER = new FactsBuffer();

export class StatusMemo {
  private facts: readonly unknown[] = NO_FACTS;

  /**
   * The inputs of a generation for `write`, to pass to `unchanged` and then `keep`. They live in a shared
   * buffer that the next call overwrites: `keep` them before anything can write another status.
   */
  static factsOf(write: StatusWrite): FactsBuffer {
    return StatusMemo.factsFor(write.target, write.pod, write.hostIP, write.podIsTerminal, write.isStaticPod, write.evicted, write.state);
  }

  /** `factsOf` a write with these fields, without the write (a caller can ask before building one). */
  static factsFor(target: StoredObject<Pod>, pod: Pod, hostIP: string, podIsTerminal: boolean, isStaticPod: boolean, evicted: StatusWrite['evicted'], state: PodState): FactsBuffer {
    const buffer = BUFFER;
    buffer.length = 0;
    buffer.add(target);
    buffer.add(pod === target ? POD_IS_TARGET : pod);
    buffer.add(hostIP);
    // Four booleans as one number (the memo keeps its facts for the pod's life, 8 B a value). `startTime` is set
    // once and never changed: whether it is set is the whole fact.
    buffer.add((podIsTerminal ? 1 : 0) | (isStaticPod ? 2 : 0) | (state.startTime !== undefined ? 4 : 0) | (state.terminated ? 8 : 0));
    buffer.add(evicted);
    state.statusFacts(buffer);
    return buffer;
  }

  /** True when `facts` are those of the last remembered generation. */
  unchanged(facts: FactsBuffer): boolean {
    const last = this.facts;
    if (last.length !== facts.length) return false;
    const items = facts.items;
    for (let i = 0; i < last.length; i++) if (!Object.is(items[i], last[i])) return false;
    return true;
  }

  /** An exact-size copy of `facts`, for `remember` once the generation's result is stored. */
  static keep(facts: FactsBuffer): unknown[] {
    return facts.items.slice(0, facts.length);
  }

  /** Records a generation (facts from `keep`) whose result the API now holds as `stored`. */
  remember(facts: unknown[], stored: StoredObject<Pod>): void {
    facts[0] = stored;
    this.facts = facts;
  }

  forget(): void {
    this.facts = NO_FACTS;
  }
}
