/**
 * Addresses the cloud load-balancer simulation hands to LoadBalancer Services: the range MetalLB's kind
 * guide configures, 172.18.255.200–172.18.255.250, at the top of the `kind` Docker network. A
 * Service's `spec.loadBalancerIP` is honoured when it is in the pool and free; otherwise the lowest free
 * address is used. The pool is derived from Services' status, so it needs no state of its own.
 */
import { ipToNumber, numberToIp } from './ip/cidr';

export const LOAD_BALANCER_POOL = { first: '172.18.255.200', last: '172.18.255.250' } as const;

export function pickLoadBalancerIP(inUse: ReadonlySet<string>, requested?: string): string | undefined {
  const first = ipToNumber(LOAD_BALANCER_POOL.first);
  const last = ipToNumber(LOAD_BALANCER_POOL.last);
  if (requested && !inUse.has(requested) && /^\d+\.\d+\.\d+\.\d+$/.test(requested)) {
    const n = ipToNumber(requested);
    if (n >= first && n <= last) return requested;
  }
  for (let n = first; n <= last; n++) if (!inUse.has(numberToIp(n))) return numberToIp(n);
  return undefined;
}
