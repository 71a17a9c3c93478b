/**
 * A pod network for clusters built without the network component (unit tests of a bare cluster): each
 * pod gets the next address of its node's podCIDR, nothing is routed, and DNS answers nothing.
 */
import type { PodNetwork } from '../network';
import { ISOLATED_NETWORK } from '../runtime';

export function isolatedPodNetwork(): PodNetwork {
  const byPod = new Map<string, string>();
  const nextHost = new Map<string, number>();
  return {
    allocate(pod, node) {
      const existing = byPod.get(pod.metadata.uid ?? '');
      if (existing) return { ok: true, ip: existing };
      const cidr = (node.spec as { podCIDR?: string } | undefined)?.podCIDR ?? '10.244.0.0/24';
      const host = (nextHost.get(cidr) ?? 1) + 1;
      nextHost.set(cidr, host);
      const ip = `${cidr.split('.').slice(0, 3).join('.')}.${host}`;
      byPod.set(pod.metadata.uid ?? '', ip);
      return { ok: true, ip };
    },
    release(pod) {
      byPod.delete(pod.metadata.uid ?? '');
    },
    stackFor: () => ISOLATED_NETWORK,
    resolvConf: (pod) => ({ nameservers: ['10.96.0.10'], searches: [`${pod.metadata.namespace ?? 'default'}.svc.cluster.local`, 'svc.cluster.local', 'cluster.local'], ndots: 5 }),
  };
}
