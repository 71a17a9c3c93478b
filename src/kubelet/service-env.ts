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

export function serviceEnvironment(pod: Pod, store: Pick<ObjectStore, 'list'>): Readonly<Record<string, string>> {
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
  const services = [...chosen.keys()].sort().map((name) => chosen.get(name)!);
  return environmentOf(store, `${links}/${namespace}`, services);
}

/**
 * The variables of `services` (in this order), built again only when one of them is another (stored, frozen)
 * object than last time for this namespace: every container start of a namespace reads the same few Services.
 * The result is frozen and shared; its readers copy it.
 */
function environmentOf(store: object, scope: string, services: readonly Service[]): Readonly<Record<string, string>> {
  let byScope = LAST_ENVIRONMENTS.get(store);
  if (!byScope) LAST_ENVIRONMENTS.set(store, (byScope = new Map()));
  const last = byScope.get(scope);
  if (last && sameObjects(last.services, services)) return last.env;
  const env: Record<string, string> = {};
  for (const service of services) Object.assign(env, variablesOf(service));
  // Objects that are not stored (a test's plain literals) may change in place: not remembered.
  if (!services.every((service) => Object.isFrozen(service))) return env;
  if (byScope.size >= 1000) byScope.clear();
  byScope.set(scope, { services, env: Object.freeze(env) });
  return env;
}

const LAST_ENVIRONMENTS = new WeakMap<object, Map<string, { readonly services: readonly Service[]; readonly env: Readonly<Record<string, string>> }>>();

function sameObjects(a: readonly Service[], b: readonly Service[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** One Service's variables, per stored (frozen) Service object. */
function variablesOf(service: Service): Readonly<Record<string, string>> {
  if (!Object.isFrozen(service)) return variablesFor(service);
  let env = VARIABLES.get(service);
  if (!env) VARIABLES.set(service, (env = variablesFor(service)));
  return env;
}

const VARIABLES = new WeakMap<Service, Readonly<Record<string, string>>>();

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
