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
  /**
   * Pod UID → its node's name, so release needs only the pod; the address is the node range's entry for the
   * pod. A `{ node, offset }` record per pod was 40 B for the pod's life, to save a walk of one node's
   * addresses on a release.
   */
  private readonly byPod = new Map<string, string>();

  /** Reserves an address for `podUid` on `node` (idempotent: the same pod keeps its address). */
  allocate(podUid: string, node: string, podCIDR: string): PodIPAllocation {
    const range = this.rangeFor(node, podCIDR);
    const existing = this.byPod.get(podUid) === node ? offsetOf(range, podUid) : undefined;
    if (existing !== undefined) return { ok: true, ip: range.cidr.at(existing) };
    const offset = this.nextFree(range);
    if (offset === undefined) {
      const first = range.cidr.at(1);
      const lastUsable = range.cidr.at(range.cidr.size - 2);
      return { ok: false, error: `failed to allocate for range 0: no IP addresses available in range set: ${first}-${lastUsable}` };
    }
    range.inUse.set(offset, podUid);
    range.last = offset;
    this.byPod.set(podUid, node);
    return { ok: true, ip: range.cidr.at(offset) };
  }

  release(podUid: string): void {
    const node = this.byPod.get(podUid);
    if (node === undefined) return;
    const range = this.ranges.get(node);
    const offset = range && offsetOf(range, podUid);
    if (offset !== undefined) range!.inUse.delete(offset);
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
    const node = this.byPod.get(podUid);
    const range = node === undefined ? undefined : this.ranges.get(node);
    const offset = range && offsetOf(range, podUid);
    return offset === undefined ? undefined : numberToIp(range!.cidr.base + offset);
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

/** Where `podUid`'s address is in its node's range (a walk of that node's addresses in use: a release, not a start). */
function offsetOf(range: NodeRange, podUid: string): number | undefined {
  for (const [offset, uid] of range.inUse) if (uid === podUid) return offset;
  return undefined;
}
