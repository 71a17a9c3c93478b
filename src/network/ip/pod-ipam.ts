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

/**
 * The addresses in use are kept only in their node's range, as host-local keeps them in its node's data
 * directory: a pod's address is found by its node (a pod's `spec.nodeName` never changes once bound), so
 * nothing is kept per pod beyond the range's entry (a cluster-wide pod → node table was ≈ 50 B per pod).
 */
export class PodIPAM {
  private readonly ranges = new Map<string, NodeRange>();

  /** Reserves an address for `podUid` on `node` (idempotent: the same pod keeps its address). */
  allocate(podUid: string, node: string, podCIDR: string): PodIPAllocation {
    const range = this.rangeFor(node, podCIDR);
    const existing = offsetOf(range, podUid);
    if (existing !== undefined) return { ok: true, ip: range.cidr.at(existing) };
    const offset = this.nextFree(range);
    if (offset === undefined) {
      const first = range.cidr.at(1);
      const lastUsable = range.cidr.at(range.cidr.size - 2);
      return { ok: false, error: `failed to allocate for range 0: no IP addresses available in range set: ${first}-${lastUsable}` };
    }
    range.inUse.set(offset, podUid);
    range.last = offset;
    return { ok: true, ip: range.cidr.at(offset) };
  }

  /** Frees the address `podUid` holds on `node`, if any. */
  release(podUid: string, node: string): void {
    const range = this.ranges.get(node);
    const offset = range && offsetOf(range, podUid);
    if (offset !== undefined) range!.inUse.delete(offset);
  }

  /** Forgets a node's range (node removed); its pods' addresses go with it. */
  removeNode(node: string): void {
    this.ranges.delete(node);
  }

  /** The address `podUid` holds on any node (a walk of every range: for tests and diagnostics). */
  ipOf(podUid: string): string | undefined {
    for (const range of this.ranges.values()) {
      const offset = offsetOf(range, podUid);
      if (offset !== undefined) return numberToIp(range.cidr.base + offset);
    }
    return undefined;
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

/** Where `podUid`'s address is in its node's range: a walk of that node's addresses in use (a few dozen pods). */
function offsetOf(range: NodeRange, podUid: string): number | undefined {
  // By key, then value: an entries walk makes a [key, value] pair per address, and every pod start walks.
  const inUse = range.inUse;
  for (const offset of inUse.keys()) if (inUse.get(offset) === podUid) return offset;
  return undefined;
}
