/**
 * The CNI side of pod networking, which the kubelet calls when it creates and removes a pod sandbox:
 * `allocate` gives the pod its IP (from its node's podCIDR, or the node's own IP for hostNetwork pods)
 * and records the pod's sockets so Services, other pods and probes can reach it; `release` undoes both.
 * Registered in `context.services` as `'podNetwork'`.
 */
import type { PodSpec } from '../api/schemas';
import type { KubeObject } from './endpoints/store-view';
import type { PodIPAllocation, PodIPAM } from './ip/pod-ipam';
import type { NetworkStack, PodSockets } from './network-stack';
import { nodeInternalIP } from './proxy/service-frontend';
import type { PodResolvConf } from './dns/pod-dns-config';

export const POD_NETWORK_SERVICE = 'podNetwork';

export interface PodNetwork {
  /** CNI ADD. Idempotent per pod UID. `sockets` is the pod's ListenerTable. */
  allocate(pod: KubeObject, node: KubeObject, sockets?: PodSockets): PodIPAllocation;
  /** CNI DEL: the address goes back to the node's range and the pod stops receiving traffic. */
  release(pod: KubeObject): void;
  /**
   * The network the pod's processes see (DNS with the pod's search path, Services, other pods). `latest`
   * gives the pod once it has left the store (a terminating container still talks); without it, `pod` does.
   */
  stackFor(pod: KubeObject, latest?: LatestPod): NetworkStack;
  /** What the kubelet writes to the pod's /etc/resolv.conf. */
  resolvConf(pod: KubeObject): PodResolvConf;
}

/**
 * Who holds a pod's newest version after the store no longer does: the kubelet's pod worker. A stack asks it
 * rather than keeping the version it was made with (a superseded Pending Pod, ≈ 400 B per pod for its life).
 */
export interface LatestPod {
  latestPod(): KubeObject;
}

/** Pod sockets by pod UID: how kube-proxy and pod-to-pod traffic reach a container's listeners. */
export class PodSocketRegistry {
  private readonly byUid = new Map<string, PodSockets>();

  set(uid: string, sockets: PodSockets): void {
    this.byUid.set(uid, sockets);
  }

  delete(uid: string): void {
    this.byUid.delete(uid);
  }

  get(uid: string | undefined): PodSockets | undefined {
    return uid === undefined ? undefined : this.byUid.get(uid);
  }
}

export function allocatePodIP(ipam: PodIPAM, pod: KubeObject, node: KubeObject): PodIPAllocation {
  const spec = (pod.spec ?? {}) as PodSpec;
  if (spec.hostNetwork) {
    const ip = nodeInternalIP(node);
    return ip ? { ok: true, ip } : { ok: false, error: `node ${node.metadata.name} has no InternalIP` };
  }
  const podCIDR = (node.spec as { podCIDR?: string } | undefined)?.podCIDR;
  if (!podCIDR) return { ok: false, error: `node ${node.metadata.name} has no podCIDR assigned` };
  return ipam.allocate(pod.metadata.uid ?? '', node.metadata.name ?? '', podCIDR);
}
