/**
 * What the kubelet knows about one pod on its node: the sandbox, the container instances the runtime
 * created (newest last, as `kubecontainer.PodStatus` lists them), probe results per instance, and the
 * reason cache of start failures (`pkg/kubelet/reason_cache.go`). Status generation reads it; the pod
 * worker and the prober write it.
 */
import type { ListenerTable } from '../runtime';
import type { ContainerLog } from './logs';

export type ContainerKind = 'init' | 'sidecar' | 'regular';

/** What the kubelet knows of one container instance; the kubelet's own are `ContainerRecord`s (container-record.ts), shaped for memory. */
export interface ContainerInstance {
  readonly id: string;
  /** `containerd://<id>`, as the API shows it: built once per instance, so every status generation hands the same string. */
  readonly containerID: string;
  readonly name: string;
  readonly kind: ContainerKind;
  /** The CRI attempt number, which the API shows as restartCount. */
  readonly attempt: number;
  /** The image as containerd reports it, e.g. `docker.io/library/nginx:latest`. */
  readonly image: string;
  readonly imageID: string;
  /** `spec.containers[].image` when the instance was created: an edit of the pod's image restarts it. */
  readonly specImage: string;
  /** Undefined for a container that failed to start (the API shows the zero time). */
  readonly startedAt: number | undefined;
  state: 'running' | 'exited';
  finishedAt?: number;
  exitCode?: number;
  /** `Completed`, `Error`, `StartError`… as containerd reports them. */
  reason?: string;
  message?: string;
  /** postStart has not returned yet: until then the API still shows the container waiting. */
  hookPending: boolean;
  /** The startup probe has succeeded (true when there is none). */
  startupPassed: boolean;
  /** The readiness probe's current result (true when there is none). */
  readinessPassed: boolean;
  readonly log: ContainerLog;
}

export interface StartFailure {
  /** `CrashLoopBackOff`, `ErrImagePull`, `ImagePullBackOff`, `CreateContainerConfigError`, `RunContainerError`… */
  readonly reason: string;
  readonly message: string;
}

/** Two fields, kept for the pod's life (no creation instant: nothing reads it, and a double costs a heap number). */
export interface PodSandbox {
  readonly podIP: string | undefined;
  readonly listeners: ListenerTable;
}

/** How many instances per container are kept (the running one and the previous, for `logs --previous`). */
const KEPT_INSTANCES = 2;

const NO_INSTANCES: readonly ContainerInstance[] = Object.freeze([]);

/** In an instance's flags fact: its termination facts follow (see `statusFacts`). */
const ENDED = 16;

/** Where `statusFacts` writes: a sequence of values, filled by index (the status memo reuses one buffer). */
export interface StatusFacts {
  add(value: unknown): void;
}

export class PodState {
  sandbox: PodSandbox | undefined;
  /** When the kubelet first admitted the pod (status.startTime). */
  startTime: number | undefined;
  /** Set once every container is stopped for good and the sandbox is gone. */
  terminated = false;
  /** Since when the pod's volumes have kept it waiting (WaitForAttachAndMount), if they do. */
  volumesWaitingSince: number | undefined;
  /** The volume manager's retry delay while volumes wait: 500ms doubling to 2m2s. */
  volumeRetryMs = 500;
  /**
   * Every kept instance, grouped by container name in the order the names were first started, each group
   * oldest first (at most `KEPT_INSTANCES` per name). One flat exact-size array, not a list per name nor a
   * Map: a pod has one to a few containers, and a Map (≈ 180 B) plus pushed lists cost ≈ 300 B per pod for
   * the life of the pod; a list of lists of one instance ≈ 110 B; this list ≈ 56 B.
   */
  private instances: readonly ContainerInstance[] = NO_INSTANCES;
  // Created on first use: a running pod has neither, and 150,000 pods would pay ~370 B each for empty Maps.
  private failures: Map<string, StartFailure> | undefined;
  private exitWaiters: Map<string, (() => void)[]> | undefined;

  constructor(readonly uid: string) {}

  latest(name: string): ContainerInstance | undefined {
    const instances = this.instances;
    for (let i = instances.length - 1; i >= 0; i--) if (instances[i]!.name === name) return instances[i];
    return undefined;
  }

  /** Instances the API may show (a container whose postStart still runs is not reported yet), newest last. */
  visible(name: string): readonly ContainerInstance[] {
    return this.instances.filter((instance) => instance.name === name && !instance.hookPending);
  }

  /** The newest visible instance of a container (`back` 0), or the one before it (`back` 1): `visible(name).at(-1 - back)` without a list. */
  visibleFromEnd(name: string, back: number): ContainerInstance | undefined {
    const instances = this.instances;
    let skip = back;
    for (let i = instances.length - 1; i >= 0; i--) {
      const instance = instances[i]!;
      if (instance.name !== name || instance.hookPending) continue;
      if (skip === 0) return instance;
      skip--;
    }
    return undefined;
  }

  /** Every instance, grouped by container name in the order the names first started, each group oldest first. */
  all(): ContainerInstance[] {
    return this.instances.slice();
  }

  running(): ContainerInstance[] {
    return this.instances.filter((instance) => instance.state === 'running');
  }

  /** How many instances are kept (`all().length` without the list). */
  instanceCount(): number {
    return this.instances.length;
  }

  /** Files `instance` last in its name's group (a new group last), dropping the group's oldest past `KEPT_INSTANCES`. */
  add(instance: ContainerInstance): void {
    const instances = this.instances;
    let first = -1;
    let end = -1;
    for (let i = 0; i < instances.length; i++) {
      if (instances[i]!.name !== instance.name) continue;
      if (first < 0) first = i;
      end = i + 1;
    }
    if (first < 0) {
      this.instances = instances.concat([instance]);
      return;
    }
    // A new exact-size list (a push would grow it to 17 slots).
    const drop = end - first + 1 > KEPT_INSTANCES ? 1 : 0;
    this.instances = instances.slice(0, first).concat(instances.slice(first + drop, end), [instance], instances.slice(end));
  }

  findById(id: string): ContainerInstance | undefined {
    const instances = this.instances;
    for (let i = 0; i < instances.length; i++) if (instances[i]!.id === id) return instances[i];
    return undefined;
  }

  failure(name: string): StartFailure | undefined {
    return this.failures?.get(name);
  }

  setFailure(name: string, failure: StartFailure): void {
    (this.failures ??= new Map()).set(name, failure);
  }

  clearFailure(name: string): void {
    this.failures?.delete(name);
  }

  /** Records that an instance's main process ended (the PLEG's ContainerDied) and wakes whoever waits for it. */
  markExited(instance: ContainerInstance, exitCode: number, at: number): void {
    if (instance.state === 'exited') return;
    instance.state = 'exited';
    instance.exitCode = exitCode;
    instance.finishedAt = at;
    instance.reason ??= exitCode === 0 ? 'Completed' : 'Error';
    const waiters = this.exitWaiters?.get(instance.id) ?? [];
    this.exitWaiters?.delete(instance.id);
    for (const wake of waiters) wake();
  }

  /** Calls `wake` when the instance exits; returns how to stop waiting. */
  whenExited(instance: ContainerInstance, wake: () => void): () => void {
    if (instance.state === 'exited') {
      wake();
      return () => {};
    }
    const list = this.exitWaiters?.get(instance.id) ?? [];
    list.push(wake);
    (this.exitWaiters ??= new Map()).set(instance.id, list);
    return () => list.splice(list.indexOf(wake), 1);
  }

  /**
   * Adds everything status generation reads from this state to `into`, as values to compare with `Object.is`
   * (`startTime` and `terminated` excepted: the memo packs those flags with its own, `StatusMemo.factsFor`):
   * an instance's readonly fields come with its identity, its mutable ones one by one (its four flags as one
   * number). Lets the status manager skip regenerating a status none of whose inputs changed
   * (`status/status-memo.ts`). Indexed loops: this runs on every status write of every pod.
   *
   * The memo keeps these facts for the pod's life, so an instance that has not ended adds two values, not six:
   * its flags number says whether its four termination facts follow (`ENDED`), which keeps the sequence a
   * one-to-one encoding of the state.
   */
  statusFacts(into: StatusFacts): void {
    into.add(this.sandbox);
    const instances = this.instances;
    for (let k = 0; k < instances.length; k++) {
      const i = instances[k]!;
      const ended = i.finishedAt !== undefined || i.exitCode !== undefined || i.reason !== undefined || i.message !== undefined;
      into.add(i);
      into.add((i.state === 'running' ? 1 : 0) | (i.hookPending ? 2 : 0) | (i.startupPassed ? 4 : 0) | (i.readinessPassed ? 8 : 0) | (ended ? ENDED : 0));
      if (!ended) continue;
      into.add(i.finishedAt);
      into.add(i.exitCode);
      into.add(i.reason);
      into.add(i.message);
    }
    if (this.failures) {
      for (const [name, failure] of this.failures) {
        into.add(name);
        into.add(failure);
      }
    }
  }

  /** The next CRI attempt number for a container: previous + 1, or 0 for the first. */
  nextAttempt(name: string): number {
    const latest = this.latest(name);
    return latest ? latest.attempt + 1 : 0;
  }
}
