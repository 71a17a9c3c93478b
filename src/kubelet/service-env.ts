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

/** A store that can say when its Services change (the ObjectStore); test doubles may offer `list` only. */
type ServiceSource = Pick<ObjectStore, 'list'> & Partial<Pick<ObjectStore, 'watch'>>;

export function serviceEnvironment(pod: Pod, store: ServiceSource): Readonly<Record<string, string>> {
  const namespace = pod.metadata.namespace ?? 'default';
  const links = pod.spec?.enableServiceLinks ?? true;
  const memo = memoOf(store, links);
  const version = servicesVersion(store);
  const last = memo.get(namespace);
  // The kubelet reads Services from its informer (kubelet_pods.go getServiceEnvVarMap): while no Service was
  // written, the list, its sort and the comparison with the last one are skipped.
  if (last && version !== undefined && last.version === version) return last.env;
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
  return environmentOf(memo, namespace, services, version);
}

/**
 * The variables of `services` (in this order), built again only when one of them is another (stored, frozen)
 * object than last time for this namespace: every container start of a namespace reads the same few Services.
 * The result is frozen and shared; its readers copy it.
 */
function environmentOf(memo: Map<string, Remembered>, namespace: string, services: readonly Service[], version: number | undefined): Readonly<Record<string, string>> {
  const last = memo.get(namespace);
  if (last && sameObjects(last.services, services)) {
    if (version !== undefined) memo.set(namespace, { services, env: last.env, version });
    return last.env;
  }
  const env: Record<string, string> = {};
  for (const service of services) Object.assign(env, variablesOf(service));
  // Objects that are not stored (a test's plain literals) may change in place: not remembered.
  if (!services.every((service) => Object.isFrozen(service))) return env;
  if (memo.size >= 1000) memo.clear();
  memo.set(namespace, { services, env: Object.freeze(env), version });
  return env;
}

interface Remembered {
  readonly services: readonly Service[];
  readonly env: Readonly<Record<string, string>>;
  /** The store's Service version the list was read at (undefined for a store without watch). */
  readonly version: number | undefined;
}

/** Per store, the last environment per namespace, with service links off ([0]) and on ([1]). */
const LAST_ENVIRONMENTS = new WeakMap<object, readonly [Map<string, Remembered>, Map<string, Remembered>]>();

function memoOf(store: object, links: boolean): Map<string, Remembered> {
  let memos = LAST_ENVIRONMENTS.get(store);
  if (!memos) LAST_ENVIRONMENTS.set(store, (memos = [new Map(), new Map()]));
  return memos[links ? 1 : 0];
}

/** Counts a store's Service writes (one watch per store, registered at its first read). */
function servicesVersion(store: ServiceSource): number | undefined {
  if (!store.watch) return undefined;
  let counter = SERVICE_WRITES.get(store);
  if (!counter) {
    const created = { writes: 0 };
    store.watch('Service', () => void created.writes++);
    SERVICE_WRITES.set(store, (counter = created));
  }
  return counter.writes;
}

const SERVICE_WRITES = new WeakMap<object, { writes: number }>();

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
