/**
 * One pod's worker (`pkg/kubelet/pod_workers.go`): syncs run one at a time, as clock events; a request
 * that arrives during a sync runs right after it. After a sync the pod is re-queued — 60–90s later when
 * all went well (syncFrequency 1m plus jitter), 10–15s after an error (backOffPeriod 10s plus jitter) —
 * and the PLEG (relisting every second) wakes it when a container dies. A pod that is deleted, removed
 * or evicted is terminated: the running sync is abandoned, every container killed with the grace period,
 * the sandbox and volumes torn down, the final status written and, for a deleted pod, the final DELETE sent.
 */
import type { StoredObject } from '../../api';
import type { ObjectKey } from '../../api/object';
import type { Pod, PodStatus } from '../../api/schemas';
import type { ScheduledEventId, SeededRandom } from '../../clock';
import type { NetworkStack } from '../../runtime';
import type { ContainerExitReason } from '../container-runtime';
import { containerMemoryLimit } from '../memory-limit';
import type { ContainerInstance } from '../pod-state';
import { PodState } from '../pod-state';
import type { ProbeTarget } from '../probes/probe-target';
import { needsProbeWorkers } from '../probes/prober-manager';
import type { ProbeWorkerHost } from '../probes/probe-worker';
import { generatePodStatus } from '../status/generate';
import { deleteTerminatedPod, writePodStatus, type StatusWrite } from '../status/status-manager';
import { StatusMemo } from '../status/status-memo';
import { runTask, type TaskHandle } from '../task';
import { killPodContainers, podGracePeriod } from '../termination';
import type { NodeServices, PodContext } from './pod-context';
import { containerProcessExited } from './start-container';
import { isSyncTask, stopSandbox, syncPod, type SyncOutcome } from './sync-pod';
import { BoundedMemo } from '../../api/bounded-memo';

export const RESYNC_MS = 60_000;
export const ERROR_BACK_OFF_MS = 10_000;

/** Where a static pod's worker gets its pod: the pod file, with its mirror pod (an API pod's worker reads the store). */
export interface PodSource {
  /** The pod as it should run now; undefined once it was removed. */
  pod(): Pod | undefined;
  /** The mirror pod, which carries the status, if there is one. */
  apiObject(): StoredObject<Pod> | undefined;
  /** Make sure the mirror pod exists and is current. */
  beforeSync?(pod: Pod): void;
}

export interface PodWorkerHost {
  readonly node: NodeServices;
  readonly random: SeededRandom;
  /** The kubelet is down (its node "NotReady"): nothing is synced, probed or written. */
  paused(): boolean;
  /** Milliseconds until the PLEG's next relist. */
  plegDelay(): number;
  onTerminated(uid: string): void;
}

type WorkerPhase = 'syncing' | 'completed' | 'terminating' | 'terminated';

/**
 * A worker is its pod's status memo (it extends `StatusMemo`): the memo's one field lives in the worker, one
 * object fewer for each pod's life.
 */
export class PodWorker extends StatusMemo implements PodContext {
  readonly state: PodState;
  private phase: WorkerPhase = 'syncing';
  private task: TaskHandle | undefined;
  private timer: ScheduledEventId | undefined;
  private timerAt = Number.POSITIVE_INFINITY;
  /**
   * The earliest sync asked for while a sync was running, if one was. Undefined rather than Infinity when
   * none: a field that holds a double keeps a boxed number for the pod's life.
   */
  private pendingAt: number | undefined;
  private lastPod: Pod;
  private evicted: { reason: string; message: string } | undefined;
  private probesStarted = false;
  private network: NetworkStack | undefined;
  /** Created on the first probe or hook that needs one: most pods are never probed. */
  private targets: WeakMap<ContainerInstance, ProbeTarget> | undefined;
  /** The label of this pod's sync events (its name never changes): built once rather than per request. */
  private syncLabel: string | undefined;
  /**
   * What the clock runs for this worker's timer: one bound function for the worker's life (a pending resync
   * always holds one), rather than a closure and its context per request.
   */
  private readonly onTimer: () => void = this.fire.bind(this);

  constructor(
    private readonly host: PodWorkerHost,
    /**
     * A static pod's source, or for a pod from the API (nearly all of them) the store key the worker reads it
     * by (`sourcePod`): a source object of its own per API pod cost 48 B for the pod's life.
     */
    private readonly source: PodSource | ObjectKey,
    pod: Pod,
  ) {
    super();
    this.state = new PodState(pod.metadata.uid ?? '');
    this.lastPod = pod;
  }

  get node(): NodeServices {
    return this.host.node;
  }

  get isStatic(): boolean {
    return typeof this.source !== 'string';
  }

  /** The pod as it should run now; undefined once it was removed (an API pod: the stored object while its UID is this worker's). */
  private sourcePod(): Pod | undefined {
    if (typeof this.source !== 'string') return this.source.pod();
    const found = this.node.api.store.getByKey(this.source) as StoredObject<Pod> | undefined;
    return found?.metadata.uid === this.state.uid ? found : undefined;
  }

  /** The API object that carries the status (a static pod's mirror), if there is one. */
  private apiObject(): StoredObject<Pod> | undefined {
    return typeof this.source !== 'string' ? this.source.apiObject() : (this.sourcePod() as StoredObject<Pod> | undefined);
  }

  get terminated(): boolean {
    return this.phase === 'terminated';
  }

  /** Asks for a sync `delayMs` from now; the earliest request wins. */
  requestSync(delayMs = 0): void {
    if (this.phase === 'terminated' || this.phase === 'terminating') return;
    const clock = this.node.clock;
    const at = clock.now() + delayMs;
    if (this.task && !this.task.done) {
      this.pendingAt = Math.min(this.pendingAt ?? at, at);
      return;
    }
    if (this.timer !== undefined && this.timerAt <= at) return;
    clock.cancel(this.timer);
    this.timerAt = at;
    this.timer = clock.schedule(delayMs, (this.syncLabel ??= syncLabel(this.node.nodeName, this.lastPod.metadata.name ?? '')), this.onTimer);
  }

  statusChanged(): void {
    this.writeStatus(false);
  }

  /** The PLEG sees the new container and wakes the worker (the next init container may start). */
  containerStarted(): void {
    this.requestSync(this.host.plegDelay());
  }

  processExited(containerId: string, exitCode: number, reason?: ContainerExitReason): void {
    containerProcessExited(this, containerId, exitCode, reason);
  }

  memoryLimit(containerName: string): number | undefined {
    return containerMemoryLimit(this.lastPod, containerName);
  }

  containerExited(instance: ContainerInstance): void {
    this.node.timeline.record('note', `Pod ${this.lastPod.metadata.namespace}/${this.lastPod.metadata.name}`, `container ${instance.name} exited with code ${instance.exitCode}`);
    this.writeStatus(false);
    this.requestSync(this.host.plegDelay());
  }

  probeTarget(instance: ContainerInstance): ProbeTarget {
    const cached = this.targets?.get(instance);
    if (cached && cached.listeners === this.state.sandbox?.listeners) return cached;
    const target = this.buildProbeTarget(instance);
    (this.targets ??= new WeakMap()).set(instance, target);
    return target;
  }

  private buildProbeTarget(instance: ContainerInstance): ProbeTarget {
    const container = [...(this.lastPod.spec?.initContainers ?? []), ...(this.lastPod.spec?.containers ?? [])].find((c) => c.name === instance.name) ?? {};
    const hostIP = this.node.hostIP();
    const podIP = this.lastPod.spec?.hostNetwork ? hostIP : (this.state.sandbox?.podIP ?? '');
    return { runtime: this.node.runtime, containerId: instance.id, container, podIP, hostIP, listeners: this.state.sandbox?.listeners, network: this.networkStack() };
  }

  /** One stack serves the pod's containers, probes and hooks; it asks this worker for the pod once the store has none. */
  networkStack(): NetworkStack {
    return (this.network ??= this.node.network.stackFor(this.lastPod as never, this));
  }

  /** The newest version of the pod this worker has seen (what a container that outlives its stored pod talks as). */
  latestPod(): Pod {
    return this.lastPod;
  }

  /** The pod was deleted or removed: terminate from a fresh clock event, abandoning any sync in progress. */
  requestTermination(): void {
    if (this.phase === 'terminated' || this.phase === 'terminating') return;
    this.node.clock.cancel(this.timer);
    this.timerAt = this.node.clock.now();
    this.timer = this.node.clock.schedule(0, `kubelet ${this.node.nodeName} kill ${this.lastPod.metadata.name}`, this.onTimer);
  }

  private fire(): void {
    this.timer = undefined;
    this.timerAt = Number.POSITIVE_INFINITY;
    if (this.host.paused()) return;
    const pod = this.sourcePod();
    if (pod) this.lastPod = pod;
    if (!pod || pod.metadata.deletionTimestamp) return this.terminate(pod);
    if (this.task && !this.task.done) {
      const now = this.node.clock.now();
      this.pendingAt = Math.min(this.pendingAt ?? now, now);
      return;
    }
    if (this.phase !== 'syncing') return this.writeStatus(false);
    if (this.pastActiveDeadline(pod)) return this.terminate(pod);
    if (typeof this.source !== 'string') this.source.beforeSync?.(pod);
    this.startProbes(pod);
    if (this.state.startTime === undefined) this.writeStatus(false);
    const sync = syncPod(this, pod);
    // A sync with nothing to wait for is over already: what `runTask` would do at once, without a driver.
    if (!isSyncTask(sync)) return this.afterSync(sync);
    this.keepUnlessDone(runTask(this.node.clock, `kubelet sync ${pod.metadata.name}`, sync, (outcome) => this.afterSync(outcome)));
  }

  /**
   * A sync with nothing to wait for (most resyncs) finishes inside `runTask`, whose completion already
   * cleared `task`: keeping the finished handle would retain its coroutine for the pod's whole life.
   */
  private keepUnlessDone(handle: TaskHandle): void {
    if (!handle.done) this.task = handle;
  }

  private afterSync(outcome: SyncOutcome): void {
    this.task = undefined;
    this.writeStatus(false);
    if (outcome.kind === 'completed') {
      this.phase = 'completed';
      this.node.prober.removePod(this.state.uid);
      return;
    }
    const pendingAt = this.pendingAt;
    this.pendingAt = undefined;
    if (pendingAt !== undefined) this.requestSync(Math.max(0, pendingAt - this.node.clock.now()));
    if (outcome.kind === 'ok') this.requestSync(this.jitter(RESYNC_MS));
    else if (outcome.kind === 'error') this.requestSync(this.jitter(ERROR_BACK_OFF_MS));
    else this.requestSync(outcome.retryMs);
    const deadline = this.activeDeadlineAt(this.lastPod);
    if (deadline !== undefined) this.requestSync(Math.max(0, deadline - this.node.clock.now()));
  }

  /** The period plus up to half of it again (wait.JitterUntil's jitter factor 0.5). */
  private jitter(base: number): number {
    return base + Math.floor(this.host.random.next() * base * 0.5);
  }

  /** Starts the pod's termination (deleted, removed or evicted); a second call while it runs does nothing. */
  terminate(pod: Pod | undefined): void {
    if (this.phase === 'terminating' || this.phase === 'terminated') return;
    this.phase = 'terminating';
    this.task?.cancel();
    this.node.clock.cancel(this.timer);
    const grace = this.gracePeriod(pod);
    const target = pod ?? this.lastPod;
    const task = killPodContainers(this, target, grace);
    this.keepUnlessDone(runTask(this.node.clock, `kubelet terminate ${target.metadata.name}`, task, () => this.afterTermination()));
  }

  private afterTermination(): void {
    this.task = undefined;
    stopSandbox(this, this.lastPod);
    this.node.prober.removePod(this.state.uid);
    this.node.images.forgetPod(this.state.uid);
    this.state.terminated = true;
    this.writeStatus(true);
    const apiObject = this.apiObject();
    if (apiObject) this.node.volumes?.tearDownPodVolumes(apiObject);
    if (apiObject && (apiObject.metadata.deletionTimestamp || !this.sourcePod())) deleteTerminatedPod(this.node.api, apiObject);
    this.phase = 'terminated';
    this.host.onTerminated(this.state.uid);
  }

  /** calculateEffectiveGracePeriod: the deletion's grace, or the spec's when the pod is gone or the grace is 0. */
  private gracePeriod(pod: Pod | undefined): number {
    if (this.evicted) return podGracePeriod(this.lastPod);
    const requested = pod?.metadata.deletionGracePeriodSeconds;
    if (requested === undefined || requested === 0) return podGracePeriod(this.lastPod);
    return Math.max(requested, 1);
  }

  private pastActiveDeadline(pod: Pod): boolean {
    const deadline = this.activeDeadlineAt(pod);
    if (deadline === undefined || this.node.clock.now() < deadline) return false;
    const message = 'Pod was active on the node longer than the specified deadline';
    this.evicted = { reason: 'DeadlineExceeded', message };
    this.node.events.pod(pod, 'Normal', 'DeadlineExceeded', message);
    return true;
  }

  private activeDeadlineAt(pod: Pod): number | undefined {
    const seconds = pod.spec?.activeDeadlineSeconds;
    if (seconds === undefined) return undefined;
    const start = pod.status?.startTime ? Date.parse(pod.status.startTime) : this.state.startTime;
    return start === undefined ? undefined : start + seconds * 1000;
  }

  private startProbes(pod: Pod): void {
    if (this.probesStarted) return;
    this.probesStarted = true;
    const containers = pod.spec?.containers ?? [];
    const initContainers = pod.spec?.initContainers ?? [];
    if (needsProbeWorkers(containers, initContainers)) this.node.prober.addPod(this.probeHost(), containers, initContainers);
  }

  private probeHost(): ProbeWorkerHost {
    return {
      clock: this.node.clock,
      state: this.state,
      pod: () => (this.host.paused() ? this.lastPod : this.sourcePod()),
      target: (instance) => (this.host.paused() ? undefined : this.probeTarget(instance)),
      recordEvent: (container, reason, message) => this.node.events.container(this.lastPod, container, 'Warning', reason, message),
      onVerdict: (type, instance, verdict) => this.onVerdict(type, instance, verdict),
    };
  }

  private onVerdict(type: 'liveness' | 'readiness' | 'startup', instance: ContainerInstance, verdict: 'success' | 'failure'): void {
    if (type === 'readiness') instance.readinessPassed = verdict === 'success';
    if (type === 'startup' && verdict === 'success') {
      instance.startupPassed = true;
      this.node.prober.triggerReadiness(this.state.uid, instance.name);
    }
    this.writeStatus(false);
    if (verdict === 'failure' && type !== 'readiness') this.requestSync(0);
    if (type === 'startup' && verdict === 'success') this.requestSync(0);
  }

  /** The status the kubelet would report now (its status manager's cache), for the log and exec handlers. */
  currentStatus(): PodStatus | undefined {
    const write = this.statusWrite(false);
    return write && generatePodStatus({ ...write, pod: { ...write.pod, status: write.target.status } as Pod });
  }

  private writeStatus(podIsTerminal: boolean): void {
    if (this.host.paused()) return;
    const target = this.apiObject();
    if (!target) return;
    const pod = this.podFor(target);
    const terminal = this.isTerminal(pod, podIsTerminal);
    const hostIP = this.node.hostIP();
    // Most calls change nothing the status reads (≈ 5 calls for 2 generations per pod): asked before the write is built.
    if (this.unchanged(StatusMemo.factsFor(target, pod, hostIP, terminal, this.isStatic, this.evicted, this.state))) return;
    writePodStatus(this.statusWriteOf(target, pod, terminal, hostIP), this);
  }

  private statusWrite(podIsTerminal: boolean): StatusWrite | undefined {
    const target = this.apiObject();
    if (!target) return undefined;
    const pod = this.podFor(target);
    return this.statusWriteOf(target, pod, this.isTerminal(pod, podIsTerminal), this.node.hostIP());
  }

  /**
   * The pod the kubelet runs, given its API object: an API pod is that object (a second store lookup by key
   * per status write found the same one), a static pod its own manifest.
   */
  private podFor(target: StoredObject<Pod>): Pod {
    return this.isStatic ? (this.sourcePod() ?? this.lastPod) : target;
  }

  private isTerminal(pod: Pod, podIsTerminal: boolean): boolean {
    const terminal = podIsTerminal || (Boolean(pod.metadata.deletionTimestamp) && this.state.running().length === 0 && this.phase === 'terminating');
    return terminal || (this.evicted !== undefined && this.state.terminated);
  }

  private statusWriteOf(target: StoredObject<Pod>, pod: Pod, podIsTerminal: boolean, hostIP: string): StatusWrite {
    return { api: this.node.api, target, pod, state: this.state, hostIP, now: this.node.clock.now(), podIsTerminal, isStaticPod: this.isStatic, evicted: this.evicted };
  }
}

/**
 * `kubelet <node> sync <pod>`, kept by each pod's worker and its pending resync: one two-piece string over a
 * flat prefix shared by the node's pods (a template literal is three nested pieces per pod, ≈ 96 B).
 */
function syncLabel(nodeName: string, podName: string): string {
  return (SYNC_PREFIXES.get(nodeName) ?? SYNC_PREFIXES.set(nodeName, flat(`kubelet ${nodeName} sync `))) + podName;
}

const SYNC_PREFIXES = new BoundedMemo<string, string>(10_000);

/** A flat copy of a string built by concatenation (V8 keeps `a + b` as a rope of its pieces until read). */
function flat(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
