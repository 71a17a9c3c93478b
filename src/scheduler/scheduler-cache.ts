/**
 * The scheduler's cache (`pkg/scheduler/backend/cache/cache.go` + the node tree): NodeInfos kept current
 * from Node and Pod watch events. Nodes are offered in the order they joined, as kube-scheduler's node
 * tree lists them within one zone. Terminal pods (Succeeded/Failed) hold no resources. A pod whose volumes
 * are still being bound is *assumed* on its node (AssumePod) until the binding lands or the attempt fails
 * (ForgetPod). The claims of the pods counted on nodes are tallied for VolumeRestrictions (IsPVCUsedByPods).
 */
import type { StoredObject, WatchEvent } from '../api';
import type { Node, Pod } from '../api/schemas';
import { podClaimNames } from '../storage';
import { NodeInfo, podHostPorts } from './node-info';
import { podResourceRequests } from './resources';

export class SchedulerCache {
  private readonly infos = new Map<string, NodeInfo>();
  private nodeList: NodeInfo[] = [];
  /** Pod key → the node it is counted on. */
  private readonly assigned = new Map<string, string>();
  /** Assigned pods that carry required anti-affinity terms (InterPodAffinity checks them against newcomers). */
  readonly podsWithRequiredAntiAffinity = new Map<string, NodeInfo>();
  /** Pods placed by this scheduler whose binding has not landed yet. */
  private readonly assumed = new Set<string>();
  /** `namespace/claim` → how many counted pods use it. */
  private readonly claimUsers = new Map<string, number>();

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

  /** StorageInfos().IsPVCUsedByPods: a pod on some node (or assumed there) uses the claim `namespace/name`. */
  isClaimUsed(claimKey: string): boolean {
    return (this.claimUsers.get(claimKey) ?? 0) > 0;
  }

  /** AssumePod: count the pod on `nodeName` while its binding cycle runs. */
  assumePod(pod: StoredObject<Pod>, nodeName: string): void {
    const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
    if (this.assigned.has(key)) return;
    this.addPod(key, { ...pod, spec: { ...pod.spec!, nodeName } }, nodeName);
    this.assumed.add(key);
  }

  /** ForgetPod: the binding cycle failed; the pod no longer counts anywhere. */
  forgetPod(pod: StoredObject<Pod>): void {
    const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
    if (!this.assumed.delete(key)) return;
    const nodeName = this.assigned.get(key);
    if (nodeName !== undefined) this.removePod(key, nodeName);
  }

  onPodEvent(event: WatchEvent): void {
    const pod = event.object as StoredObject<Pod>;
    const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
    if (this.assumed.has(key)) {
      // The informer never shows an assumed pod unassigned: such updates leave the assumption alone.
      if (event.type !== 'DELETED' && !pod.spec?.nodeName) return;
      this.assumed.delete(key);
    }
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
    this.countClaims(pod, 1);
    if (pod.spec?.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.length) this.podsWithRequiredAntiAffinity.set(key, info);
  }

  private removePod(key: string, nodeName: string): void {
    const info = this.infos.get(nodeName);
    const contribution = info?.pods.get(key);
    if (contribution) this.countClaims(contribution.pod, -1);
    info?.removePod(key);
    this.assigned.delete(key);
    this.podsWithRequiredAntiAffinity.delete(key);
    if (info && !info.hasNode && info.pods.size === 0) this.infos.delete(nodeName);
  }

  private countClaims(pod: StoredObject<Pod>, delta: 1 | -1): void {
    for (const name of podClaimNames(pod)) {
      const claimKey = `${pod.metadata.namespace}/${name}`;
      const users = (this.claimUsers.get(claimKey) ?? 0) + delta;
      if (users > 0) this.claimUsers.set(claimKey, users);
      else this.claimUsers.delete(claimKey);
    }
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
