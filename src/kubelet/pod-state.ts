/**
 * What the kubelet knows about one pod on its node: the sandbox, the container instances the runtime
 * created (newest last, as `kubecontainer.PodStatus` lists them), probe results per instance, and the
 * reason cache of start failures (`pkg/kubelet/reason_cache.go`). Status generation reads it; the pod
 * worker and the prober write it.
 */
import type { ListenerTable } from '../runtime';
import type { ContainerLog } from './logs';

export type ContainerKind = 'init' | 'sidecar' | 'regular';

export interface ContainerInstance {
  readonly id: string;
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

export interface PodSandbox {
  readonly podIP: string | undefined;
  readonly createdAt: number;
  readonly listeners: ListenerTable;
}

/** How many instances per container are kept (the running one and the previous, for `logs --previous`). */
const KEPT_INSTANCES = 2;

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
  private readonly instances = new Map<string, ContainerInstance[]>();
  // Created on first use: a running pod has neither, and 150,000 pods would pay ~370 B each for empty Maps.
  private failures: Map<string, StartFailure> | undefined;
  private exitWaiters: Map<string, (() => void)[]> | undefined;

  constructor(readonly uid: string) {}

  latest(name: string): ContainerInstance | undefined {
    const list = this.instances.get(name);
    return list?.[list.length - 1];
  }

  /** Instances the API may show (a container whose postStart still runs is not reported yet), newest last. */
  visible(name: string): readonly ContainerInstance[] {
    return (this.instances.get(name) ?? []).filter((instance) => !instance.hookPending);
  }

  all(): ContainerInstance[] {
    return [...this.instances.values()].flat();
  }

  running(): ContainerInstance[] {
    return this.all().filter((instance) => instance.state === 'running');
  }

  add(instance: ContainerInstance): void {
    const list = this.instances.get(instance.name) ?? [];
    list.push(instance);
    if (list.length > KEPT_INSTANCES) list.splice(0, list.length - KEPT_INSTANCES);
    this.instances.set(instance.name, list);
  }

  findById(id: string): ContainerInstance | undefined {
    return this.all().find((instance) => instance.id === id);
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
   * Appends everything status generation reads from this state, as values to compare with `Object.is`:
   * an instance's readonly fields come with its identity, its mutable ones one by one. Lets the status
   * manager skip regenerating a status none of whose inputs changed (`status/status-memo.ts`).
   */
  statusFacts(into: unknown[]): void {
    into.push(this.sandbox, this.startTime, this.terminated);
    for (const [name, list] of this.instances) {
      into.push(name);
      for (const i of list) into.push(i, i.state, i.finishedAt, i.exitCode, i.reason, i.message, i.hookPending, i.startupPassed, i.readinessPassed);
    }
    if (this.failures) for (const [name, failure] of this.failures) into.push(name, failure);
  }

  /** The next CRI attempt number for a container: previous + 1, or 0 for the first. */
  nextAttempt(name: string): number {
    const latest = this.latest(name);
    return latest ? latest.attempt + 1 : 0;
  }
}
