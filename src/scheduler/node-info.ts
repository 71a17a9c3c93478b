/**
 * What the scheduler knows about one node (`pkg/scheduler/framework/types.go` NodeInfo): the Node object,
 * its allocatable resources, and the running sums of what the pods bound to it request. The sums are
 * updated incrementally as pods come and go, so a scheduling decision never walks the pods of a node.
 */
import type { StoredObject } from '../api';
import type { Node, Pod } from '../api/schemas';
import { addResource, emptyResource, quantityValue, toResource, type Resource } from './resources';

/** One host port in use: `protocol/hostIP/port`, where hostIP `0.0.0.0` means every address. */
export interface HostPort {
  readonly protocol: string;
  readonly hostIP: string;
  readonly port: number;
}

/** A pod's contribution to its node, computed once when the pod enters the cache. */
export interface PodContribution {
  readonly pod: StoredObject<Pod>;
  readonly requested: Resource;
  readonly nonZeroRequested: Resource;
  readonly hostPorts: readonly HostPort[];
}

export class NodeInfo {
  /** A placeholder until the Node arrives: pods bound to a node the cache has not seen still count. */
  node: StoredObject<Node>;
  /** False for such a placeholder, which the scheduler never offers as a candidate. */
  hasNode = false;
  allocatable!: Resource;
  allowedPodNumber = 0;
  readonly requested = emptyResource();
  readonly nonZeroRequested = emptyResource();
  readonly pods = new Map<string, PodContribution>();
  /** `protocol/hostIP/port` → number of pods using it. */
  readonly usedPorts = new Map<string, number>();

  constructor(name: string) {
    this.node = { apiVersion: 'v1', kind: 'Node', metadata: { name, uid: '', resourceVersion: '', creationTimestamp: '' } };
    this.allocatable = emptyResource();
  }

  get name(): string {
    return this.node.metadata.name;
  }

  setNode(node: StoredObject<Node>): void {
    this.node = node;
    this.hasNode = true;
    const allocatable = node.status?.allocatable ?? node.status?.capacity;
    this.allocatable = toResource(allocatable);
    this.allowedPodNumber = allocatable?.pods === undefined ? 0 : quantityValue(allocatable.pods);
  }

  addPod(key: string, contribution: PodContribution): void {
    this.pods.set(key, contribution);
    addResource(this.requested, contribution.requested);
    addResource(this.nonZeroRequested, contribution.nonZeroRequested);
    for (const p of contribution.hostPorts) this.usedPorts.set(portKey(p), (this.usedPorts.get(portKey(p)) ?? 0) + 1);
  }

  removePod(key: string): void {
    const contribution = this.pods.get(key);
    if (!contribution) return;
    this.pods.delete(key);
    addResource(this.requested, contribution.requested, -1);
    addResource(this.nonZeroRequested, contribution.nonZeroRequested, -1);
    for (const p of contribution.hostPorts) {
      const left = (this.usedPorts.get(portKey(p)) ?? 1) - 1;
      if (left > 0) this.usedPorts.set(portKey(p), left);
      else this.usedPorts.delete(portKey(p));
    }
  }

  /** HostPortInfo.CheckConflict: the same protocol and port conflict when either side binds every address. */
  hasPortConflict(port: HostPort): boolean {
    if (this.usedPorts.size === 0) return false;
    if (port.hostIP === '0.0.0.0') {
      for (const used of this.usedPorts.keys()) {
        if (used.startsWith(`${port.protocol}/`) && used.endsWith(`/${port.port}`)) return true;
      }
      return false;
    }
    return this.usedPorts.has(portKey(port)) || this.usedPorts.has(portKey({ ...port, hostIP: '0.0.0.0' }));
  }
}

export function portKey(p: HostPort): string {
  return `${p.protocol}/${p.hostIP}/${p.port}`;
}

/**
 * The host ports a pod asks for (`schedutil.GetHostPorts`: regular containers' `hostPort` only), with
 * Kubernetes' defaults: TCP on every address.
 */
export function podHostPorts(pod: Pod): HostPort[] {
  const ports: HostPort[] = [];
  for (const c of pod.spec?.containers ?? []) {
    for (const p of c.ports ?? []) {
      if (!p.hostPort || p.hostPort <= 0) continue;
      ports.push({ protocol: p.protocol || 'TCP', hostIP: p.hostIP || '0.0.0.0', port: p.hostPort });
    }
  }
  return ports;
}
