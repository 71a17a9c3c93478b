/**
 * Downward API values (pkg/kubelet/kubelet_pods.go podFieldSelectorRuntimeValue, pkg/fieldpath
 * ExtractFieldPathAsString and FormatMap, pkg/api/v1/resource ExtractContainerResourceValue). Resource
 * values are rounded up in units of the divisor; a limit the container does not set reads as the node's
 * allocatable amount (defaultPodLimitsForDownwardAPI).
 */
import type { Container, ObjectFieldSelector, Pod, ResourceFieldSelector } from '../../api/schemas';
import { parseQuantity } from '../../api/validation';

export type ValueOrError = { readonly value: string } | { readonly error: string };

export function podFieldValue(pod: Pod, selector: ObjectFieldSelector): ValueOrError {
  const path = selector.fieldPath ?? '';
  const status = pod.status ?? {};
  switch (path) {
    case 'spec.nodeName':
      return { value: pod.spec?.nodeName ?? '' };
    case 'spec.serviceAccountName':
      return { value: pod.spec?.serviceAccountName ?? '' };
    case 'status.hostIP':
      return { value: status.hostIP ?? '' };
    case 'status.hostIPs':
      return { value: (status.hostIPs ?? []).map((ip) => ip.ip ?? '').join(',') };
    case 'status.podIP':
      return { value: status.podIP ?? '' };
    case 'status.podIPs':
      return { value: (status.podIPs ?? []).map((ip) => ip.ip ?? '').join(',') };
    case 'spec.terminationGracePeriodSeconds':
      return { value: String(pod.spec?.terminationGracePeriodSeconds ?? 30) };
    default:
      return metadataFieldValue(pod, path);
  }
}

function metadataFieldValue(pod: Pod, path: string): ValueOrError {
  const subscripted = /^(metadata\.(?:labels|annotations))\['(.*)'\]$/.exec(path);
  if (subscripted) {
    const map = subscripted[1] === 'metadata.labels' ? pod.metadata.labels : pod.metadata.annotations;
    return { value: map?.[subscripted[2]!] ?? '' };
  }
  switch (path) {
    case 'metadata.annotations':
      return { value: formatMap(pod.metadata.annotations) };
    case 'metadata.labels':
      return { value: formatMap(pod.metadata.labels) };
    case 'metadata.name':
      return { value: pod.metadata.name ?? '' };
    case 'metadata.namespace':
      return { value: pod.metadata.namespace ?? '' };
    case 'metadata.uid':
      return { value: pod.metadata.uid ?? '' };
    default:
      return { error: `unsupported fieldPath: ${path}` };
  }
}

/** fieldpath.FormatMap: `key="value"` lines in key order, Go-quoted, no trailing newline. */
export function formatMap(map: Readonly<Record<string, string>> | undefined): string {
  return Object.keys(map ?? {})
    .sort()
    .map((key) => `${key}=${JSON.stringify(map![key])}`)
    .join('\n');
}

/**
 * `limits.cpu`, `requests.memory`...: for the named container (`containerName`) or `container`.
 * `allocatable` is the node's, used for limits the container does not set.
 */
export function containerResourceValue(pod: Pod, container: Container | undefined, selector: ResourceFieldSelector, allocatable: Readonly<Record<string, string>> = {}): ValueOrError {
  const target = selector.containerName ? [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])].find((c) => c.name === selector.containerName) : container;
  if (!target) return { error: `container ${selector.containerName} not found` };
  const [kind, resource] = (selector.resource ?? '').split('.', 2) as [string, string | undefined];
  if ((kind !== 'limits' && kind !== 'requests') || !resource) return { error: `unsupported container resource : ${selector.resource}` };
  const own = kind === 'limits' ? target.resources?.limits : target.resources?.requests;
  const quantity = own?.[resource] ?? (kind === 'limits' ? allocatable[resource] : undefined) ?? '0';
  const divisor = selector.divisor !== undefined && parseQuantity(selector.divisor) !== 0 ? parseQuantity(selector.divisor) : 1;
  // CPU compares milli-values (convertResourceCPUToString); memory and storage whole units.
  const value = resource === 'cpu' ? Math.ceil(Math.ceil(parseQuantity(quantity) * 1000) / Math.ceil(divisor * 1000)) : Math.ceil(Math.ceil(parseQuantity(quantity)) / Math.ceil(divisor));
  return { value: String(value) };
}
