/**
 * Builders for scheduler unit tests: Node and Pod objects in their stored shape, NodeInfos with pods on
 * them, and a one-call way to run a Filter plugin's PreFilter + Filter against a node.
 */
import { ObjectStore, type StoredObject } from '../api';
import type { Node, Pod } from '../api/schemas';
import type { FilterPlugin, FilterStatus, PodInfo, SchedulingEnv } from '../scheduler/framework';
import { NodeInfo, podHostPorts } from '../scheduler/node-info';
import { podRequests } from '../scheduler/resources';
import { SchedulerCache } from '../scheduler/scheduler-cache';
import { storeVolumeListers, type VolumeListers } from '../storage';

let uid = 0;

function meta(name: string, namespace?: string, labels?: Record<string, string>) {
  return { name, ...(namespace ? { namespace } : {}), uid: `uid-${++uid}`, resourceVersion: '1', creationTimestamp: '2025-01-01T00:00:00Z', ...(labels ? { labels } : {}) };
}

export function testNode(name: string, options: { cpu?: string; memory?: string; pods?: string; labels?: Record<string, string>; spec?: Node['spec'] } = {}): StoredObject<Node> {
  const allocatable = { cpu: options.cpu ?? '4', memory: options.memory ?? '8Gi', pods: options.pods ?? '110' };
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: meta(name, undefined, { 'kubernetes.io/hostname': name, ...options.labels }),
    spec: options.spec ?? {},
    status: { allocatable, capacity: allocatable },
  } as StoredObject<Node>;
}

export function testPod(name: string, spec: Partial<NonNullable<Pod['spec']>> = {}, labels?: Record<string, string>): StoredObject<Pod> {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: meta(name, 'default', labels),
    spec: { containers: [{ name: 'app', image: 'nginx' }], ...spec },
    status: { phase: 'Pending' },
  } as StoredObject<Pod>;
}

/** A container requesting cpu/memory. */
export function requesting(cpu?: string, memory?: string) {
  return { name: 'app', image: 'nginx', resources: { requests: { ...(cpu ? { cpu } : {}), ...(memory ? { memory } : {}) } } };
}

export function nodeInfoWith(node: StoredObject<Node>, pods: StoredObject<Pod>[] = []): NodeInfo {
  const info = new NodeInfo(node.metadata.name);
  info.setNode(node);
  for (const pod of pods) info.addPod(`default/${pod.metadata.name}`, { pod, requested: podRequests(pod), nonZeroRequested: podRequests(pod, true), hostPorts: podHostPorts(pod) });
  return info;
}

export function podInfo(pod: StoredObject<Pod>): PodInfo {
  return { pod, requests: podRequests(pod), nonZeroRequests: podRequests(pod, true), hostPorts: podHostPorts(pod) };
}

/** A cache holding `nodes` with `pods` bound as their spec.nodeName says. */
export function cacheWith(nodes: StoredObject<Node>[], pods: StoredObject<Pod>[] = []): SchedulerCache {
  const cache = new SchedulerCache();
  for (const node of nodes) cache.onNodeEvent({ type: 'ADDED', object: node });
  for (const pod of pods) cache.onPodEvent({ type: 'ADDED', object: pod });
  return cache;
}

export function envWith(cache: SchedulerCache = new SchedulerCache(), volumes: VolumeListers = storeVolumeListers(new ObjectStore())): SchedulingEnv {
  return { cache, namespaceLabels: (ns) => ({ 'kubernetes.io/metadata.name': ns }), volumes };
}

/** PreFilter then Filter: undefined when the node passes (or the plugin skips). */
export function runPlugin(plugin: FilterPlugin, pod: StoredObject<Pod>, node: NodeInfo, env: SchedulingEnv = envWith()): FilterStatus | undefined {
  const outcome = plugin.preFilter(podInfo(pod), env);
  if (outcome.kind === 'skip') return undefined;
  if (outcome.kind === 'reject') return outcome.status;
  return outcome.filter(node);
}
