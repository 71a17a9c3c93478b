/**
 * The files the kubelet manages in every container (`pkg/kubelet/kubelet_pods.go` makeMounts,
 * ensureHostsFile, and `pkg/kubelet/network/dns`): /etc/hosts (the pod's own name and hostAliases),
 * /etc/hostname, and /etc/resolv.conf from the pod's DNS policy.
 */
import type { Pod } from '../api/schemas';
import type { DeferredText } from '../runtime';

export interface PodNames {
  readonly hostname: string;
  /** `web-0.nginx.default.svc.cluster.local` when the pod sets hostname and subdomain. */
  readonly fqdn: string | undefined;
}

/**
 * spec.hostname (else the pod name, cut to 63 characters) and the FQDN a subdomain gives. A hostNetwork pod
 * shares the node's UTS namespace: the kubelet leaves the sandbox hostname unset (kuberuntime_sandbox.go
 * generatePodSandboxConfig), so its containers see the node's hostname, which on kind is the node's name.
 */
export function podNames(pod: Pod, clusterDomain = 'cluster.local'): PodNames {
  if (pod.spec?.hostNetwork && pod.spec.nodeName) return { hostname: pod.spec.nodeName, fqdn: undefined };
  const hostname = (pod.spec?.hostname || pod.metadata.name || '').slice(0, 63);
  const subdomain = pod.spec?.subdomain;
  return { hostname, fqdn: subdomain ? `${hostname}.${subdomain}.${pod.metadata.namespace ?? 'default'}.svc.${clusterDomain}` : undefined };
}

/** managedHostsFileContent: the kubelet's header, localhost lines, the pod's own address, then hostAliases. */
export function hostsFile(pod: Pod, podIP: string | undefined): string {
  return renderHosts(podNames(pod), podIP, pod.spec?.hostAliases);
}

/**
 * The same text, rendered when a process first reads the file: most containers never read /etc/hosts, and
 * the text (≈ 250 B per container) would otherwise be built and kept for the container's life. It keeps
 * only the few strings it needs, as its own fields: not the pod object (a pod version that would otherwise be
 * garbage), nor the `PodNames` record (one more object per container).
 */
export function deferredHostsFile(pod: Pod, names: PodNames, podIP: string | undefined): DeferredText {
  return new HostsFileText(names.hostname, names.fqdn, podIP, pod.spec?.hostAliases);
}

class HostsFileText implements DeferredText, PodNames {
  constructor(
    readonly hostname: string,
    readonly fqdn: string | undefined,
    private readonly podIP: string | undefined,
    private readonly aliases: NonNullable<Pod['spec']>['hostAliases'],
  ) {}

  read(): string {
    return renderHosts(this, this.podIP, this.aliases);
  }
}

function renderHosts(names: PodNames, podIP: string | undefined, hostAliases: NonNullable<Pod['spec']>['hostAliases']): string {
  const lines = [
    '# Kubernetes-managed hosts file.',
    '127.0.0.1\tlocalhost',
    '::1\tlocalhost ip6-localhost ip6-loopback',
    'fe00::0\tip6-localnet',
    'fe00::0\tip6-mcastprefix',
    'fe00::1\tip6-allnodes',
    'fe00::2\tip6-allrouters',
  ];
  if (podIP) lines.push(names.fqdn ? `${podIP}\t${names.fqdn}\t${names.hostname}` : `${podIP}\t${names.hostname}`);
  const aliases = hostAliases ?? [];
  if (aliases.length > 0) {
    lines.push('', '# Entries added by HostAliases.');
    for (const alias of aliases) lines.push(`${alias.ip}\t${(alias.hostnames ?? []).join('\t')}`);
  }
  return `${lines.join('\n')}\n`;
}
