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
import { HOT_FIELDS, HOT_SCORED_FOR, NodeInfo, podHostPorts, type PodContribution } from './node-info';
import { podUsesClaims } from './pod-uses-claims';
import { podResourceRequests, type Resource } from './resources';

const MAX_REQUEST_IDS = 4096;

/**
 * A counted pod: its contribution to its node (the object the NodeInfo holds), with the node it is counted
 * on and whether it is only assumed there. One record answers a Pod write with one lookup; separate tables
 * (assumed keys, key → node name, the node's info, the node's pod table) cost four lookups in tables of up
 * to one entry per pod on every write.
 */
interface CountedPod extends PodContribution {
  readonly nodeName: string;
  /** Placed by this scheduler (AssumePod) and its binding not seen yet. */
  assumed: boolean;
}

export class SchedulerCache {
  private readonly infos = new Map<string, NodeInfo>();
  private nodeList: NodeInfo[] = [];
  /** Pod key (`cacheKey`) → the pod as counted on its node (or assumed there). */
  private readonly counted = new Map<string, CountedPod>();
  /** Assigned pods that carry required anti-affinity terms (InterPodAffinity checks them against newcomers). */
  readonly podsWithRequiredAntiAffinity = new Map<string, NodeInfo>();
  /** `namespace/claim` → how many counted pods use it. */
  private readonly claimUsers = new Map<string, number>();

  /** Ids of the distinct requests pods were scored for (node-info.ts HOT_SCORED_FOR). */
  private readonly requestIds = new Map<string, number>();
  private lastRequests: Resource | undefined;
  private lastNonZeroRequests: Resource | undefined;
  private lastRequestsId = -1;

  /** The hot rows of `nodes`, `HOT_FIELDS` numbers per node in the same order (node-info.ts). */
  private rowTable: Float64Array = new Float64Array(HOT_FIELDS * 64);

  /** Nodes that exist, in join order. */
  get nodes(): readonly NodeInfo[] {
    return this.nodeList;
  }

  /** `nodes[i]`'s hot row starts at `rows[i * HOT_FIELDS]`. A new array after the table grows: read it afresh per cycle. */
  get rows(): Float64Array {
    return this.rowTable;
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
      info?.placeRow(new Float64Array(HOT_FIELDS), 0);
      this.nodeList = this.nodeList.filter((i) => i.name !== name);
      this.placeRows(0);
      return;
    }
    const info = this.infoFor(name);
    const isNew = !info.hasNode;
    info.setNode(node);
    if (!isNew) return;
    this.nodeList.push(info);
    if (this.rowTable.length < this.nodeList.length * HOT_FIELDS) {
      this.rowTable = new Float64Array(this.rowTable.length * 2);
      this.placeRows(0);
    } else this.placeRows(this.nodeList.length - 1);
  }

  /** Gives `nodes[from…]` their rows in the table (after a join, a departure, or the table's growth). */
  private placeRows(from: number): void {
    for (let i = from; i < this.nodeList.length; i++) this.nodeList[i]!.placeRow(this.rowTable, i * HOT_FIELDS);
  }

  /**
   * The id of a pod's requests for the score memo: equal requests, equal id. Past `MAX_REQUEST_IDS` distinct
   * ones the ids start over and every node's memo is cleared, so an id never names two different requests.
   */
  requestsId(requests: Resource, nonZeroRequests: Resource): number {
    // Replicas of one template share their requests objects (resources.ts): the last pair answers without
    // building and hashing the text. Its id stays valid until the ids start over.
    if (requests === this.lastRequests && nonZeroRequests === this.lastNonZeroRequests) return this.lastRequestsId;
    const text = `${requests.milliCPU} ${requests.memory} ${nonZeroRequests.milliCPU} ${nonZeroRequests.memory}`;
    let id = this.requestIds.get(text);
    if (id === undefined) {
      if (this.requestIds.size >= MAX_REQUEST_IDS) {
        this.requestIds.clear();
        for (let at = HOT_SCORED_FOR; at < this.rowTable.length; at += HOT_FIELDS) this.rowTable[at] = -1;
      }
      this.requestIds.set(text, (id = this.requestIds.size));
    }
    this.lastRequests = requests;
    this.lastNonZeroRequests = nonZeroRequests;
    return (this.lastRequestsId = id);
  }

  /** StorageInfos().IsPVCUsedByPods: a pod on some node (or assumed there) uses the claim `namespace/name`. */
  isClaimUsed(claimKey: string): boolean {
    return (this.claimUsers.get(claimKey) ?? 0) > 0;
  }

  /**
   * AssumePod: count the pod on `nodeName` until its binding lands. kube-scheduler counts a copy with
   * `spec.nodeName` set; nothing here reads a counted pod's nodeName (the node is the one it is counted on),
   * so the pod itself is counted.
   */
  assumePod(pod: StoredObject<Pod>, nodeName: string): void {
    const key = cacheKey(pod);
    if (this.counted.has(key)) return;
    this.addPod(key, pod, nodeName).assumed = true;
  }

  /** ForgetPod: the binding cycle failed; the pod no longer counts anywhere. */
  forgetPod(pod: StoredObject<Pod>): void {
    const key = cacheKey(pod);
    const counted = this.counted.get(key);
    if (counted?.assumed) this.removePod(key, counted);
  }

  onPodEvent(event: WatchEvent): void {
    const pod = event.object as StoredObject<Pod>;
    const key = cacheKey(pod);
    // The only table lookup of a write that leaves the contribution as it is (most of a pod's writes).
    const counted = this.counted.get(key);
    if (counted?.assumed) {
      // The informer never shows an assumed pod unassigned: such updates leave the assumption alone.
      if (event.type !== 'DELETED' && !pod.spec?.nodeName) return;
      counted.assumed = false;
    }
    const nodeName = event.type === 'DELETED' || isTerminal(pod) ? undefined : pod.spec?.nodeName;
    if (counted !== undefined) {
      if (counted.nodeName === nodeName && event.type === 'MODIFIED' && !contributionChanged(counted.pod, pod)) {
        // The same contribution, now read from the newer version: keeping the assumed copy instead would
        // hold one stale pod per bound pod for the pod's whole life.
        counted.pod = pod;
        return;
      }
      this.removePod(key, counted);
    }
    if (nodeName) this.addPod(key, pod, nodeName);
  }

  private addPod(key: string, pod: StoredObject<Pod>, nodeName: string): CountedPod {
    const info = this.infoFor(nodeName);
    const { requests, nonZeroRequests } = podResourceRequests(pod);
    const counted: CountedPod = { pod, requested: requests, nonZeroRequested: nonZeroRequests, hostPorts: podHostPorts(pod), nodeName, assumed: false };
    info.addPod(key, counted);
    this.counted.set(key, counted);
    this.countClaims(pod, 1);
    if (pod.spec?.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.length) this.podsWithRequiredAntiAffinity.set(key, info);
    return counted;
  }

  private removePod(key: string, counted: CountedPod): void {
    const info = this.infos.get(counted.nodeName);
    this.countClaims(counted.pod, -1);
    info?.removePod(key);
    this.counted.delete(key);
    this.podsWithRequiredAntiAffinity.delete(key);
    if (info && !info.hasNode && info.pods.size === 0) this.infos.delete(counted.nodeName);
  }

  private countClaims(pod: StoredObject<Pod>, delta: 1 | -1): void {
    if (!podUsesClaims(pod)) return;
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

/**
 * The cache's key of a pod: its UID, as kube-scheduler's cache keys pods (framework.GetPodKey). Every
 * version of a stored pod holds the same UID string, whose hash V8 keeps, so the per-write lookups in
 * `counted` (one entry per pod in the cluster) compare one pointer; `namespace/name` was a fresh string
 * hashed on every write. Pods written straight to a store without a UID (tests) fall back to their name,
 * which contains a '/' that no UID does.
 */
function cacheKey(pod: StoredObject<Pod>): string {
  return pod.metadata.uid || `${pod.metadata.namespace}/${pod.metadata.name}`;
}

/**
 * Whether what the pod counts on its node would change (cache.go updatePod). The contribution is kept when
 * the fields it is computed from are the same (frozen, shared) objects: a status write, or the binding of
 * a pod this cache assumed (its copy shares the containers, volumes and labels of the bound pod).
 */
function contributionChanged(counted: StoredObject<Pod>, pod: StoredObject<Pod>): boolean {
  const a = counted.spec;
  const b = pod.spec;
  if (a?.containers !== b?.containers || a?.initContainers !== b?.initContainers || a?.overhead !== b?.overhead) return true;
  return a?.volumes !== b?.volumes || a?.affinity !== b?.affinity || counted.metadata.labels !== pod.metadata.labels;
}

export function isTerminal(pod: Pod): boolean {
  const phase = pod.status?.phase;
  return phase === 'Succeeded' || phase === 'Failed';
}

