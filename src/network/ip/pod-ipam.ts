/**
 * Pod IP address management as kind's CNI does it: kindnet hands each node's `spec.podCIDR` to the
 * host-local IPAM plugin (containernetworking/plugins plugins/ipam/host-local). host-local reserves the
 * gateway (`.1`), never hands out the network or broadcast address, and allocates round-robin: it
 * continues after the last address it reserved, wrapping at the end of the range, so a released IP is
 * reused only after the others have been tried (first pods get .2, .3, …; deleting .2 and creating a pod
 * gives .4). `hostNetwork` pods share their node's InternalIP and use no address from the range.
 */
import { Cidr, numberToIp } from './cidr';

export type PodIPAllocation = { ok: true; ip: string } | { ok: false; error: string };

interface NodeRange {
  readonly cidr: Cidr;
  readonly inUse: Map<number, string>;
  /** Offset of the last address reserved (host-local's lastReservedIP file). */
  last: number;
}

export class PodIPAM {
  private readonly ranges = new Map<string, NodeRange>();
  /** Pod UID → node and address, so release needs only the pod. */
  private readonly byPod = new Map<string, { node: string; offset: number }>();

  /** Reserves an address for `podUid` on `node` (idempotent: the same pod keeps its address). */
  allocate(podUid: string, node: string, podCIDR: string): PodIPAllocation {
    const range = this.rangeFor(node, podCIDR);
    const existing = this.byPod.get(podUid);
    if (existing && existing.node === node) return { ok: true, ip: range.cidr.at(existing.offset) };
    const offset = this.nextFree(range);
    if (offset === undefined) {
      const first = range.cidr.at(1);
      const lastUsable = range.cidr.at(range.cidr.size - 2);
      return { ok: false, error: `failed to allocate for range 0: no IP addresses available in range set: ${first}-${lastUsable}` };
    }
    range.inUse.set(offset, podUid);
    range.last = offset;
    this.byPod.set(podUid, { node, offset });
    return { ok: true, ip: range.cidr.at(offset) };
  }

  release(podUid: string): void {
    const entry = this.byPod.get(podUid);
    if (!entry) return;
    this.ranges.get(entry.node)?.inUse.delete(entry.offset);
    this.byPod.delete(podUid);
  }

  /** Forgets a node's range (node removed); its pods' addresses go with it. */
  removeNode(node: string): void {
    const range = this.ranges.get(node);
    if (!range) return;
    for (const uid of range.inUse.values()) this.byPod.delete(uid);
    this.ranges.delete(node);
  }

  ipOf(podUid: string): string | undefined {
    const entry = this.byPod.get(podUid);
    const range = entry && this.ranges.get(entry.node);
    return entry && range ? numberToIp(range.cidr.base + entry.offset) : undefined;
  }

  inUse(node: string): number {
    return this.ranges.get(node)?.inUse.size ?? 0;
  }

  private rangeFor(node: string, podCIDR: string): NodeRange {
    let range = this.ranges.get(node);
    if (!range || range.cidr.text !== podCIDR) {
      // The gateway (.1) counts as the last reserved address, so the first pod gets .2.
      range = { cidr: new Cidr(podCIDR), inUse: new Map(), last: 1 };
      this.ranges.set(node, range);
    }
    return range;
  }

  /** Usable offsets are 2 … size-2 (.1 is the gateway, the last is the broadcast address). */
  private nextFree(range: NodeRange): number | undefined {
    const first = 2;
    const span = range.cidr.size - 3;
    for (let i = 1; i <= span; i++) {
      const offset = first + ((range.last - first + i + span) % span);
      if (!range.inUse.has(offset)) return offset;
    }
    return undefined;
  }
}
