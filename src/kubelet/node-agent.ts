/**
 * The kubelet of one node: it wires the node's collaborators (runtime, image manager, prober, pod
 * workers, heartbeats, static pods) and routes what happens to them. Pods bound to the node get a
 * worker each; a pod's spec changes and deletion wake its worker; the node can be stopped (its kubelet
 * "dies": no heartbeats, syncs, probes or status writes while containers keep running), resumed, or shut
 * down with its machine.
 */
import type { StoredObject, WatchEvent } from '../api';
import { objectKey, type ObjectKey } from '../api/object';
import type { Node, Pod, PodStatus } from '../api/schemas';
import { newCrashLoopBackOff } from './back-off';
import type { ContainerRuntime, ExecResult } from './container-runtime';
import { ImageManager } from './image-pull';
import { KubeletEvents } from './kubelet-events';
import type { KubeletDeps } from './kubelet-deps';
import { NodeStatusReporter } from './node-status';
import type { NodeServices } from './pod-sync/pod-context';
import { PodWorker, type PodSource, type PodWorkerHost } from './pod-sync/pod-worker';
import { ProberManager } from './probes/prober-manager';
import type { ContainerInstance } from './pod-state';
import { isMirrorPod } from './static-pods/mirror-pod';
import { StaticPodManager } from './static-pods/static-pod-manager';

/** The PLEG relists every second. */
const RELIST_MS = 1000;

export class NodeAgent implements PodWorkerHost {
  readonly node: NodeServices;
  readonly random: KubeletDeps['random'];
  private readonly workers = new Map<string, PodWorker>();
  private readonly heartbeat: NodeStatusReporter;
  readonly staticPods: StaticPodManager;
  private stopped = false;
  private readonly startedAt: number;
  private facts: NodeFacts = { node: undefined, hostIP: '', allocatable: NO_ALLOCATABLE };
  /** The Node's store key, built once: a lookup by kind, namespace and name builds and hashes a new one each time. */
  private readonly nodeKey: ObjectKey;

  constructor(
    private readonly deps: KubeletDeps,
    readonly nodeName: string,
    runtime: ContainerRuntime,
  ) {
    this.nodeKey = objectKey('Node', undefined, nodeName);
    const events = new KubeletEvents(deps.recorder, nodeName);
    this.random = deps.random;
    this.startedAt = deps.clock.now();
    this.node = {
      nodeName,
      clock: deps.clock,
      now: () => deps.clock.now(),
      api: deps.api,
      runtime,
      events,
      recorder: deps.recorder,
      timeline: deps.timeline,
      images: new ImageManager(deps.clock, deps.registry, events),
      crashBackOff: newCrashLoopBackOff(),
      network: deps.network,
      volumes: deps.volumes,
      prober: new ProberManager(),
      hostIP: () => this.hostIP(),
      nodeObject: () => this.nodeObject(),
      nodeAllocatable: () => this.nodeFacts().allocatable,
    };
    this.heartbeat = new NodeStatusReporter(deps.api, deps.clock, nodeName);
    this.staticPods = new StaticPodManager(this, deps);
  }

  start(): void {
    this.heartbeat.start();
    for (const pod of this.deps.api.store.podsOnNode(this.nodeName)) this.podChanged(pod as StoredObject<Pod>, undefined);
    this.staticPods.start();
  }

  paused(): boolean {
    return this.stopped;
  }

  plegDelay(): number {
    const sinceStart = this.deps.clock.now() - this.startedAt;
    return RELIST_MS - (sinceStart % RELIST_MS);
  }

  onTerminated(uid: string): void {
    this.workers.delete(uid);
  }

  /** A watch event for a pod bound to this node (mirror pods go to the static pod manager). */
  onPodEvent(event: WatchEvent): void {
    const pod = event.object as StoredObject<Pod>;
    if (isMirrorPod(pod)) return this.staticPods.onMirrorEvent(event);
    if (this.stopped) return;
    if (event.type === 'DELETED') return this.workers.get(pod.metadata.uid)?.requestTermination();
    this.podChanged(pod, event.oldObject as StoredObject<Pod> | undefined);
  }

  private podChanged(pod: StoredObject<Pod>, old: StoredObject<Pod> | undefined): void {
    const worker = this.workers.get(pod.metadata.uid);
    if (!worker) {
      const phase = pod.status?.phase;
      if (phase === 'Succeeded' || phase === 'Failed' || isMirrorPod(pod)) return;
      this.addWorker(this.storeKey(pod), pod).requestSync(0);
      return;
    }
    if (pod.metadata.deletionTimestamp && !old?.metadata.deletionTimestamp) worker.requestTermination();
    else if (!old || old.spec !== pod.spec || old.metadata.deletionTimestamp !== pod.metadata.deletionTimestamp) worker.requestSync(0);
  }

  /** A worker for a static pod (its source) or a pod from the API (its store key). */
  addWorker(source: PodSource | ObjectKey, pod: Pod): PodWorker {
    const worker = new PodWorker(this, source, pod);
    this.workers.set(pod.metadata.uid ?? '', worker);
    return worker;
  }

  worker(uid: string): PodWorker | undefined {
    return this.workers.get(uid);
  }

  /** The kubelet stops (`When node "x" becomes NotReady`): heartbeats, syncs, probes and status writes stop. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.heartbeat.stop();
    this.staticPods.stop();
  }

  /** The kubelet comes back: it reports Ready and re-syncs every pod against the API. */
  resume(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.heartbeat.start();
    this.staticPods.start();
    const bound = new Set<string>();
    for (const pod of this.deps.api.store.podsOnNode(this.nodeName) as StoredObject<Pod>[]) {
      bound.add(pod.metadata.uid);
      this.podChanged(pod, undefined);
    }
    for (const [uid, worker] of this.workers) if (!worker.isStatic && !bound.has(uid)) worker.requestTermination();
    for (const worker of this.workers.values()) worker.requestSync(0);
  }

  /** The machine goes away with its node: every container dies without grace. */
  shutdown(): void {
    this.stop();
    this.heartbeat.removeLease();
    for (const worker of this.workers.values()) this.node.runtime.stopPodSandbox(worker.state.uid);
    this.workers.clear();
  }

  /** The running instance of a container, for exec (`kubelet.findContainer`). */
  runningContainer(podUid: string, container: string): ContainerInstance | undefined {
    const instance = this.workerForApiPod(podUid)?.state.latest(container);
    return instance?.state === 'running' && !instance.hookPending ? instance : undefined;
  }

  /** The newest (or previous) instance of a container, for logs. */
  containerInstances(podUid: string, container: string): readonly ContainerInstance[] {
    return this.workerForApiPod(podUid)?.state.visible(container) ?? [];
  }

  /** The kubelet's own view of a pod's status (fresher than the API's), if it runs the pod. */
  currentStatus(podUid: string): PodStatus | undefined {
    return this.workerForApiPod(podUid)?.currentStatus();
  }

  exec(instance: ContainerInstance, argv: readonly string[], stdin?: string): ExecResult {
    return this.node.runtime.exec(instance.id, argv, { stdin });
  }

  private workerForApiPod(uid: string): PodWorker | undefined {
    return this.workers.get(uid) ?? this.staticPods.workerForMirror(uid);
  }

  /** The store's own key string for the pod (held once, not a copy of ≈ 48 B per pod). */
  private storeKey(pod: StoredObject<Pod>): ObjectKey {
    const store = this.deps.api.store;
    return store.storedKey(pod) ?? objectKey('Pod', pod.metadata.namespace, pod.metadata.name);
  }

  private nodeObject(): StoredObject<Node> | undefined {
    return this.deps.api.store.getByKey(this.nodeKey) as StoredObject<Node> | undefined;
  }

  private hostIP(): string {
    return this.nodeFacts().hostIP;
  }

  /**
   * The node's InternalIP and allocatable, read again only when the stored (frozen) Node object changed: every
   * status write and container start asks, and a Node is written once per heartbeat period.
   */
  private nodeFacts(): NodeFacts {
    const node = this.nodeObject();
    if (this.facts.node === node) return this.facts;
    const allocatable = (node?.status?.allocatable ?? NO_ALLOCATABLE) as Readonly<Record<string, string>>;
    this.facts = { node, hostIP: node?.status?.addresses?.find((a) => a.type === 'InternalIP')?.address ?? '', allocatable };
    return this.facts;
  }
}

interface NodeFacts {
  readonly node: StoredObject<Node> | undefined;
  readonly hostIP: string;
  /** The stored (frozen) ResourceList itself: its readers only read it. */
  readonly allocatable: Readonly<Record<string, string>>;
}

const NO_ALLOCATABLE: Readonly<Record<string, string>> = Object.freeze({});
