/**
 * Every node's kubelet, kept in step with the Node objects: a node that appears gets a kubelet that
 * starts at once (posts its status, renews its Lease, syncs its pods); a node that is deleted takes its
 * kubelet and containers with it. Pod watch events are routed to the kubelet of the pod's node. This is
 * also the driver-facing surface: node faults, logs and exec, registries and static pod URLs.
 */
import type { StoredObject, WatchEvent } from '../api';
import type { Pod } from '../api/schemas';
import { SeededRandom } from '../clock';
import { containerLogs, type LogsRequest, type LogsResult } from './container-logs';
import type { ExecResult } from './container-runtime';
import { ImageRegistry } from './image-registry';
import type { KubeletDeps } from './kubelet-deps';
import { NodeAgent } from './node-agent';
import { SimulatedRuntime } from './simulated-runtime';

export const KUBELETS_SERVICE = 'kubelets';

export type ExecOutcome =
  | { readonly ok: true; readonly result: ExecResult }
  /** `apiserver` errors render as `Error from server (BadRequest): …`; `upgrade` ones as `error: unable to upgrade connection: …`. */
  | { readonly ok: false; readonly kind: 'apiserver' | 'upgrade'; readonly error: string };

export class Kubelets {
  private readonly agents = new Map<string, NodeAgent>();
  private readonly urls = new Map<string, string>();
  readonly registry: ImageRegistry;
  private readonly deps: KubeletDeps;

  constructor(deps: Omit<KubeletDeps, 'registry' | 'fetchUrl' | 'random'> & { readonly seed: number }) {
    const random = new SeededRandom(deps.seed + 0x6b75626c);
    this.registry = new ImageRegistry(random);
    this.deps = { ...deps, random, registry: this.registry, fetchUrl: (url) => this.fetch(url) };
  }

  /** Watches Nodes and Pods; kubelets for nodes that already exist start now. */
  install(): void {
    const { api } = this.deps;
    api.store.watch('Node', (event) => this.onNodeEvent(event));
    api.store.watch('Pod', (event) => this.onPodEvent(event));
    for (const node of api.store.list('Node')) this.startAgent(node.metadata.name);
  }

  agent(node: string): NodeAgent | undefined {
    return this.agents.get(node);
  }

  /** `When node "x" becomes NotReady`: its kubelet stops reporting. */
  stopKubelet(node: string): void {
    this.required(node).stop();
  }

  resumeKubelet(node: string): void {
    this.required(node).resume();
  }

  /** Serves `body` at `url` for kubelets started with `--manifest-url`. */
  serveUrl(url: string, body: string): void {
    this.urls.set(url, body);
  }

  setManifestUrl(node: string, url: string): void {
    const agent = this.required(node);
    agent.staticPods.manifestUrl = url;
    agent.staticPods.scan();
  }

  /** A scenario changed a node's manifest directory: the kubelet notices at once (inotify). */
  rescanStaticPods(node: string): void {
    this.required(node).staticPods.scan();
  }

  containerLogs(pod: StoredObject<Pod>, request: LogsRequest): LogsResult {
    const agent = this.agents.get(pod.spec?.nodeName ?? '');
    const status = agent?.currentStatus(pod.metadata.uid) ?? pod.status;
    return containerLogs({ ...pod, status }, agent?.containerInstances(pod.metadata.uid, request.container) ?? [], request);
  }

  exec(pod: StoredObject<Pod>, container: string, argv: readonly string[], stdin?: string): ExecOutcome {
    const nodeName = pod.spec?.nodeName;
    if (!nodeName) return { ok: false, kind: 'apiserver', error: `pod ${pod.metadata.name} does not have a host assigned` };
    const known = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])].some((c) => c.name === container);
    if (!known) return { ok: false, kind: 'apiserver', error: `container ${container} is not valid for pod ${pod.metadata.name}` };
    const agent = this.agents.get(nodeName);
    const instance = agent?.runningContainer(pod.metadata.uid, container);
    if (!agent || !instance) return { ok: false, kind: 'upgrade', error: `container not found ("${container}")` };
    return { ok: true, result: agent.exec(instance, argv, stdin) };
  }

  /** Ends a running container's main process with `exitCode`; throws when it is not running. */
  exitContainer(pod: StoredObject<Pod>, container: string, exitCode: number): void {
    const agent = this.agents.get(pod.spec?.nodeName ?? '');
    const instance = agent?.runningContainer(pod.metadata.uid, container);
    if (!agent || !instance) throw new Error(`container "${container}" of pod "${pod.metadata.name}" is not running`);
    agent.node.runtime.forceExit(instance.id, exitCode);
  }

  private fetch(url: string): { status: number; body: string } {
    const body = this.urls.get(url);
    return body === undefined ? { status: 404, body: '' } : { status: 200, body };
  }

  agentOf(node: string): NodeAgent {
    return this.required(node);
  }

  private required(node: string): NodeAgent {
    const agent = this.agents.get(node);
    if (!agent) throw new Error(`node "${node}" has no kubelet (is it part of the cluster?)`);
    return agent;
  }

  private onNodeEvent(event: WatchEvent): void {
    const name = event.object.metadata.name;
    if (event.type === 'ADDED') this.startAgent(name);
    if (event.type === 'DELETED') {
      this.agents.get(name)?.shutdown();
      this.agents.delete(name);
    }
  }

  private startAgent(name: string): void {
    if (this.agents.has(name)) return;
    const agent = new NodeAgent(this.deps, name, new SimulatedRuntime(this.deps.clock, this.deps.random));
    this.agents.set(name, agent);
    agent.start();
  }

  private onPodEvent(event: WatchEvent): void {
    const node = (event.object.spec as { nodeName?: string } | undefined)?.nodeName;
    if (node) this.agents.get(node)?.onPodEvent(event);
  }
}
