/**
 * Docker-link-style Service variables (`pkg/kubelet/kubelet_pods.go` getServiceEnvVarMap and
 * `pkg/kubelet/envvars/envvars.go` FromServices): the `kubernetes` Service of `default` always, and
 * every Service of the pod's namespace with a ClusterIP when `enableServiceLinks` is on (the default).
 * For Service `redis-primary` with port 6379/TCP named `redis`:
 *   REDIS_PRIMARY_SERVICE_HOST=10.96.0.11  REDIS_PRIMARY_SERVICE_PORT=6379  REDIS_PRIMARY_SERVICE_PORT_REDIS=6379
 *   REDIS_PRIMARY_PORT=tcp://10.96.0.11:6379  REDIS_PRIMARY_PORT_6379_TCP=tcp://10.96.0.11:6379
 *   REDIS_PRIMARY_PORT_6379_TCP_PROTO=tcp  REDIS_PRIMARY_PORT_6379_TCP_PORT=6379  REDIS_PRIMARY_PORT_6379_TCP_ADDR=10.96.0.11
 */
import type { ObjectStore } from '../api';
import type { Pod, Service } from '../api/schemas';

export function serviceEnvironment(pod: Pod, store: Pick<ObjectStore, 'list'>): Record<string, string> {
  const namespace = pod.metadata.namespace ?? 'default';
  const links = pod.spec?.enableServiceLinks ?? true;
  const chosen = new Map<string, Service>();
  for (const obj of store.list('Service')) {
    const service = obj as unknown as Service;
    if (!hasClusterIP(service)) continue;
    const name = service.metadata.name ?? '';
    if (service.metadata.namespace === 'default' && name === 'kubernetes') {
      if (!chosen.has(name)) chosen.set(name, service);
    } else if (service.metadata.namespace === namespace && links) {
      chosen.set(name, service);
    }
  }
  const env: Record<string, string> = {};
  for (const name of [...chosen.keys()].sort()) Object.assign(env, variablesFor(chosen.get(name)!));
  return env;
}

function hasClusterIP(service: Service): boolean {
  const ip = service.spec?.clusterIP;
  return ip !== undefined && ip !== '' && ip !== 'None';
}

function variablesFor(service: Service): Record<string, string> {
  const prefix = envName(service.metadata.name ?? '');
  const ip = service.spec?.clusterIP ?? '';
  const ports = service.spec?.ports ?? [];
  const env: Record<string, string> = { [`${prefix}_SERVICE_HOST`]: ip };
  const first = ports[0];
  if (first) env[`${prefix}_SERVICE_PORT`] = String(first.port);
  for (const port of ports) if (port.name) env[`${prefix}_SERVICE_PORT_${envName(port.name)}`] = String(port.port);
  ports.forEach((port, i) => {
    const protocol = (port.protocol ?? 'TCP').toLowerCase();
    const url = `${protocol}://${ip}:${port.port}`;
    const portPrefix = `${prefix}_PORT_${port.port}_${protocol.toUpperCase()}`;
    if (i === 0) env[`${prefix}_PORT`] = url;
    Object.assign(env, { [portPrefix]: url, [`${portPrefix}_PROTO`]: protocol, [`${portPrefix}_PORT`]: String(port.port), [`${portPrefix}_ADDR`]: ip });
  });
  return env;
}

function envName(name: string): string {
  return name.toUpperCase().replace(/-/g, '_');
}
