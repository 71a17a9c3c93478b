/**
 * What makes a pod an endpoint of a Service, shared by the Endpoints and EndpointSlice controllers,
 * kube-proxy and DNS: pkg/api/v1/pod (IsPodReady, FindPort) and
 * pkg/controller/util/endpoint (ShouldPodBeInEndpoints, the hostname rule).
 */
import type { KubeObject } from '../../api';
import type { PodSpec, PodStatus, ServicePort, ServiceSpec } from '../../api/schemas';

const specOf = (pod: KubeObject): PodSpec => (pod.spec ?? {}) as PodSpec;
const statusOf = (pod: KubeObject): PodStatus => (pod.status ?? {}) as PodStatus;

export function podIP(pod: KubeObject): string | undefined {
  const status = statusOf(pod);
  return status.podIP || status.podIPs?.[0]?.ip || undefined;
}

export function isPodReady(pod: KubeObject): boolean {
  return statusOf(pod).conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

export function isPodTerminal(pod: KubeObject): boolean {
  const phase = statusOf(pod).phase;
  return phase === 'Succeeded' || phase === 'Failed';
}

export function isPodTerminating(pod: KubeObject): boolean {
  return pod.metadata.deletionTimestamp !== undefined;
}

/** Terminal pods and pods without an IP never count; terminating ones only when asked for. */
export function shouldPodBeInEndpoints(pod: KubeObject, includeTerminating: boolean): boolean {
  if (isPodTerminal(pod) || !podIP(pod)) return false;
  return includeTerminating || !isPodTerminating(pod);
}

/**
 * FindPort: a numeric targetPort is used as is; a named one is looked up among the pod's container
 * ports with the same protocol. Undefined when the pod has no such port (the pod is then skipped for it).
 */
export function findPort(pod: KubeObject, servicePort: ServicePort): number | undefined {
  const target = servicePort.targetPort ?? servicePort.port;
  if (typeof target === 'number') return target;
  if (target === undefined) return undefined;
  if (/^\d+$/.test(target)) return Number(target);
  const protocol = servicePort.protocol ?? 'TCP';
  for (const container of specOf(pod).containers ?? []) {
    const port = container.ports?.find((p) => p.name === target && (p.protocol ?? 'TCP') === protocol);
    if (port) return port.containerPort;
  }
  return undefined;
}

/** The endpoint hostname: set when the pod's hostname is set and its subdomain names this Service. */
export function endpointHostname(pod: KubeObject, serviceName: string): string | undefined {
  const spec = specOf(pod);
  return spec.hostname && spec.subdomain === serviceName ? spec.hostname : undefined;
}

export function serviceSpecOf(service: KubeObject): ServiceSpec {
  return (service.spec ?? {}) as ServiceSpec;
}
