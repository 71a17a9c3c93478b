/**
 * Splits a query name inside the cluster zone into the shapes the Kubernetes DNS specification
 * (kubernetes/dns docs/specification.md) gives records to.
 */
export const CLUSTER_DOMAIN = 'cluster.local';

export type ClusterName =
  /** `<svc>.<ns>.svc.cluster.local` */
  | { kind: 'service'; service: string; namespace: string }
  /** `<hostname>.<svc>.<ns>.svc.cluster.local` (a headless Service's endpoint) */
  | { kind: 'endpoint'; hostname: string; service: string; namespace: string }
  /** `_<port>._<proto>.<svc>.<ns>.svc.cluster.local` */
  | { kind: 'srv'; port: string; protocol: string; service: string; namespace: string }
  /** `<a-b-c-d>.<ns>.pod.cluster.local` */
  | { kind: 'pod'; ip: string; namespace: string }
  | { kind: 'other' };

export function parseClusterName(fqdn: string, domain = CLUSTER_DOMAIN): ClusterName {
  const name = fqdn.toLowerCase().replace(/\.$/, '');
  if (!name.endsWith(`.${domain}`)) return { kind: 'other' };
  const labels = name.slice(0, -domain.length - 1).split('.');
  const zone = labels.pop();
  if (zone === 'pod' && labels.length === 2) return podName(labels[0]!, labels[1]!);
  if (zone !== 'svc') return { kind: 'other' };
  const [a, b, c, d] = labels;
  if (labels.length === 2) return { kind: 'service', service: a!, namespace: b! };
  if (labels.length === 3) return { kind: 'endpoint', hostname: a!, service: b!, namespace: c! };
  if (labels.length === 4 && a!.startsWith('_') && b!.startsWith('_')) {
    return { kind: 'srv', port: a!.slice(1), protocol: b!.slice(1).toUpperCase(), service: c!, namespace: d! };
  }
  return { kind: 'other' };
}

function podName(dashed: string, namespace: string): ClusterName {
  const octets = dashed.split('-');
  const valid = octets.length === 4 && octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255);
  return valid ? { kind: 'pod', ip: octets.join('.'), namespace } : { kind: 'other' };
}

/** `10.244.1.5` → `10-244-1-5`, the label CoreDNS gives endpoints without a hostname. */
export function dashedIP(ip: string): string {
  return ip.replace(/\./g, '-');
}
