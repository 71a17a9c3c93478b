/**
 * The shape every stored object shares. Kind-specific types come from the generated zod schemas
 * (`schemas/`); the store and generic machinery only need this envelope.
 */
export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
}

export interface ObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  deletionGracePeriodSeconds?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: OwnerReference[];
  finalizers?: string[];
  [field: string]: unknown;
}

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  spec?: unknown;
  status?: unknown;
  [field: string]: unknown;
}

/** A stored object: the store guarantees name, namespace (for namespaced kinds), uid and resourceVersion. */
export type StoredObject<T extends KubeObject = KubeObject> = T & {
  metadata: T['metadata'] & { name: string; uid: string; resourceVersion: string; creationTimestamp: string };
};

/** `kind/namespace/name`, or `kind//name` for cluster-scoped kinds. */
export type ObjectKey = string & { readonly __brand: 'ObjectKey' };

/**
 * Built flat by a join: a template literal makes a rope of cons strings, which V8 flattens into a further
 * copy the first time a Map hashes it, and a stored key would keep both (≈170 B instead of ≈50 B per key).
 */
export function objectKey(kind: string, namespace: string | undefined, name: string): ObjectKey {
  return [kind, namespace ?? '', name].join('/') as ObjectKey;
}

export function keyOf(obj: KubeObject): ObjectKey {
  return objectKey(obj.kind, obj.metadata.namespace, obj.metadata.name ?? '');
}

export function parseObjectKey(key: ObjectKey): { kind: string; namespace: string | undefined; name: string } {
  const [kind = '', namespace = '', ...rest] = key.split('/');
  return { kind, namespace: namespace || undefined, name: rest.join('/') };
}

/** The controlling owner reference (`controller: true`), as metav1.GetControllerOf. */
export function controllerRefOf(obj: KubeObject): OwnerReference | undefined {
  return obj.metadata.ownerReferences?.find((ref) => ref.controller === true);
}

export type DeepReadonly<T> = T extends (infer E)[]
  ? ReadonlyArray<DeepReadonly<E>>
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
