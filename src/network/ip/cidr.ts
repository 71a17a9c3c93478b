/**
 * IPv4 CIDR arithmetic on top of ipaddr.js: a block is a base address as a 32-bit number plus a size,
 * so allocators can work with offsets (as k8s `ipallocator.Range` and `netutils.AddIPOffset` do).
 */
import ipaddr from 'ipaddr.js';

/** The dotted-quad form Go's net.ParseIP accepts for IPv4 (no octal, no shorthand like `10.1`). */
export function isIPv4(text: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(text);
}

export function ipToNumber(ip: string): number {
  const octets = ipaddr.IPv4.parse(ip).octets;
  return ((octets[0]! << 24) >>> 0) + (octets[1]! << 16) + (octets[2]! << 8) + octets[3]!;
}

export function numberToIp(value: number): string {
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
}

export class Cidr {
  readonly base: number;
  readonly prefix: number;

  constructor(readonly text: string) {
    const [address, prefix] = ipaddr.IPv4.parseCIDR(text);
    this.prefix = prefix;
    const mask = prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
    this.base = (ipToNumber(address.toString()) & mask) >>> 0;
  }

  /** Number of addresses in the block, network and broadcast included. */
  get size(): number {
    return 2 ** (32 - this.prefix);
  }

  contains(ip: string): boolean {
    if (!isIPv4(ip)) return false;
    const n = ipToNumber(ip);
    return n >= this.base && n < this.base + this.size;
  }

  /** The address `offset` places after the network address. */
  at(offset: number): string {
    return numberToIp(this.base + offset);
  }

  offsetOf(ip: string): number {
    return ipToNumber(ip) - this.base;
  }
}
