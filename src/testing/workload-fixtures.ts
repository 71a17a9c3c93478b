/**
 * Builders for workload-controller unit tests: objects as the apiserver would store them (uid,
 * creationTimestamp, generation) and a store holding them, so a test can hand a reconcile a store view.
 */
import { ObjectStore, type KubeObject, type StoredObject } from '../api';
import { toRFC3339 } from '../clock';
import { controllerRef } from '../controllers/owner-references';

/** 2025-01-01T00:00:00Z, the default cluster start. */
export const T0 = Date.UTC(2025, 0, 1);

let uidCounter = 0;

export function storeWith(...objects: KubeObject[]): ObjectStore {
  const store = new ObjectStore();
  for (const obj of objects) store.put(obj);
  return store;
}

export function stored<T extends KubeObject>(obj: T, createdAt = T0): StoredObject<T> {
  const metadata = {
    namespace: 'default',
    uid: `uid-${obj.metadata.name}-${++uidCounter}`,
    creationTimestamp: toRFC3339(createdAt),
    resourceVersion: '1',
    ...obj.metadata,
  };
  return { ...obj, metadata } as StoredObject<T>;
}

export interface PodOptions {
  labels?: Record<string, string>;
  owner?: StoredObject;
  node?: string;
  phase?: string;
  /** Ready since this instant (ms); undefined = not Ready. */
  readySince?: number;
  createdAt?: number;
  restarts?: number;
  annotations?: Record<string, string>;
}

export function pod(name: string, options: PodOptions = {}): StoredObject {
  const ready = options.readySince !== undefined;
  const conditions = [{ type: 'Ready', status: ready ? 'True' : 'False', lastTransitionTime: toRFC3339(options.readySince ?? options.createdAt ?? T0) }];
  return stored(
    {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name,
        labels: options.labels,
        annotations: options.annotations,
        ownerReferences: options.owner ? [controllerRef(options.owner)] : undefined,
      },
      spec: { nodeName: options.node, containers: [{ name: 'app', image: 'nginx' }] },
      status: {
        phase: options.phase ?? (ready ? 'Running' : 'Pending'),
        conditions,
        containerStatuses: [{ name: 'app', restartCount: options.restarts ?? 0 }],
      },
    },
    options.createdAt,
  );
}

export function template(labels: Record<string, string>, image = 'nginx:1.14'): Record<string, unknown> {
  return { metadata: { labels }, spec: { containers: [{ name: 'nginx', image }], restartPolicy: 'Always' } };
}

/** The Deployment `web` (selector and template labels `app: web`) with `replicas`, `extra` spec fields merged in. */
export function webDeployment(replicas: number, extra: Record<string, unknown> = {}): StoredObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web' },
    spec: { replicas, selector: { matchLabels: { app: 'web' } }, template: template({ app: 'web' }), ...extra },
  } as unknown as StoredObject;
}

/** A spec update that gives `webDeployment`'s template another image. */
export const setImage = (image: string) => (spec: Record<string, unknown>) => ({ ...spec, template: template({ app: 'web' }, image) });
