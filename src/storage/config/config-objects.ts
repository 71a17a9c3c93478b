/**
 * Reading the ConfigMaps and Secrets a pod consumes, as the kubelet's configmap and secret managers
 * return them (pkg/kubelet/{configmap,secret}): a missing object is the error `configmap "x" not found`
 * (the managers name the resource in the singular); Secret values are the decoded bytes.
 */
import type { ObjectStore } from '../../api';
import type { ConfigMap, Secret } from '../../api/schemas';

/** The part of the object store the consumers read. */
export type ConfigStore = Pick<ObjectStore, 'get'>;

export type Lookup<T> = { readonly object: T } | { readonly notFound: string };

export function getConfigMap(store: ConfigStore, namespace: string, name: string): Lookup<ConfigMap> {
  const cm = store.get('ConfigMap', namespace, name) as unknown as ConfigMap | undefined;
  return cm ? { object: cm } : { notFound: `configmap "${name}" not found` };
}

export function getSecret(store: ConfigStore, namespace: string, name: string): Lookup<Secret> {
  const secret = store.get('Secret', namespace, name) as unknown as Secret | undefined;
  return secret ? { object: secret } : { notFound: `secret "${name}" not found` };
}

/** A ConfigMap's keys: `data` as UTF-8 text, `binaryData` decoded from base64. */
export function configMapEntries(cm: ConfigMap): Map<string, Buffer> {
  const entries = new Map<string, Buffer>();
  for (const [key, value] of Object.entries(cm.data ?? {})) entries.set(key, Buffer.from(value, 'utf8'));
  for (const [key, value] of Object.entries(cm.binaryData ?? {})) entries.set(key, Buffer.from(value, 'base64'));
  return entries;
}

/** The texts of stored (frozen) ConfigMaps: every pod that mounts one (kube-root-ca.crt: all of them) reads the same. */
const TEXTS = new WeakMap<ConfigMap, ReadonlyMap<string, string>>();

/**
 * A ConfigMap's keys as file contents: `data` values are used as they are (the same string for every pod
 * that mounts them, rather than a fresh copy per pod), `binaryData` is decoded. A frozen (stored) ConfigMap's
 * map is made once and shared.
 */
export function configMapTexts(cm: ConfigMap): ReadonlyMap<string, string> {
  if (!Object.isFrozen(cm)) return textsOf(cm);
  let texts = TEXTS.get(cm);
  if (texts === undefined) TEXTS.set(cm, (texts = textsOf(cm)));
  return texts;
}

function textsOf(cm: ConfigMap): Map<string, string> {
  const entries = new Map<string, string>(Object.entries(cm.data ?? {}));
  for (const [key, value] of Object.entries(cm.binaryData ?? {})) entries.set(key, Buffer.from(value, 'base64').toString('utf8'));
  return entries;
}

/** A Secret's keys decoded from base64 (the apiserver already merged `stringData`). */
export function secretEntries(secret: Secret): Map<string, Buffer> {
  return new Map(Object.entries(secret.data ?? {}).map(([key, value]) => [key, Buffer.from(value, 'base64')]));
}
