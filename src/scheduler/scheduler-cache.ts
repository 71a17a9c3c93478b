/**
 * The scheduler's cache (`pkg/scheduler/backend/cache/cache.go` + the node tree): NodeInfos kept current
 * from Node and Pod watch events. Nodes are offered in the order they joined, as kube-scheduler's node
 * tree lists them within one zone. Terminal pods (Succeeded/Failed) hold no resources.
 */
import type { StoredObject, WatchEvent } from '../api';
import type { Node, Pod } from '../api/schemas';
import { NodeInfo, podHostPorts } from './node-info';
import { podResourceRequests } from './resources';

export class SchedulerCache {
  private readonly infos = new Map<string, NodeInfo>();
  private nodeList: NodeInfo[] = [];
  /** Pod key → the node it is counted on. */
  private readonly assigned = new Map<string, string>();
  /** Assigned pods that carry required anti-affinity terms (InterPodAffinity checks them against newcomers). */
  readonly podsWithRequiredAntiAffinity = new Map<string, NodeInfo>();

  /** Nodes that exist, in join order. */
  get nodes(): readonly NodeInfo[] {
    return this.nodeList;
  }

  nodeInfo(name: string): NodeInfo | undefined {
    const info = this.infos.get(name);
    return info?.hasNode ? info : undefined;
  }

  onNodeEvent(event: WatchEvent): void {
    const node = event.object as StoredObject<Node>;
    const name = node.metadata.name;
    if (event.type === 'DELETED') {
      const info = this.infos.get(name);
      if (info && info.pods.size === 0) this.infos.delete(name);
      else if (info) info.hasNode = false;
      this.nodeList = this.nodeList.filter((i) => i.name !== name);
      return;
    }
    const info = this.infoFor(name);
    const isNew = !info.hasNode;
    info.setNode(node);
    if (isNew) this.nodeList.push(info);
  }

  onPodEvent(event: WatchEvent): void {
    const pod = event.object as StoredObject<Pod>;
    const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
    const nodeName = event.type === 'DELETED' || isTerminal(pod) ? undefined : pod.spec?.nodeName;
    const previous = this.assigned.get(key);
    if (previous !== undefined && (previous !== nodeName || event.type !== 'MODIFIED' || podChanged(event))) this.removePod(key, previous);
    if (nodeName && !this.assigned.has(key)) this.addPod(key, pod, nodeName);
  }

  private addPod(key: string, pod: StoredObject<Pod>, nodeName: string): void {
    const info = this.infoFor(nodeName);
    const { requests, nonZeroRequests } = podResourceRequests(pod);
    info.addPod(key, { pod, requested: requests, nonZeroRequested: nonZeroRequests, hostPorts: podHostPorts(pod) });
    this.assigned.set(key, nodeName);
    if (pod.spec?.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.length) this.podsWithRequiredAntiAffinity.set(key, info);
  }

  private removePod(key: string, nodeName: string): void {
    const info = this.infos.get(nodeName);
    info?.removePod(key);
    this.assigned.delete(key);
    this.podsWithRequiredAntiAffinity.delete(key);
    if (info && !info.hasNode && info.pods.size === 0) this.infos.delete(nodeName);
  }

  private infoFor(name: string): NodeInfo {
    let info = this.infos.get(name);
    if (!info) this.infos.set(name, (info = new NodeInfo(name)));
    return info;
  }
}

export function isTerminal(pod: Pod): boolean {
  const phase = pod.status?.phase;
  return phase === 'Succeeded' || phase === 'Failed';
}

/** A bound pod's resources or ports can change only through an in-place resize; labels matter for affinity. */
function podChanged(event: WatchEvent): boolean {
  const old = event.oldObject as StoredObject<Pod> | undefined;
  const pod = event.object as StoredObject<Pod>;
  return !old || old.spec !== pod.spec || old.metadata.labels !== pod.metadata.labels;
}
