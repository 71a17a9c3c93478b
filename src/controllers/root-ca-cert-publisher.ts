/**
 * The root-ca-cert-publisher (pkg/controller/certificates/rootcacertpublisher/publisher.go): every active
 * namespace holds a ConfigMap `kube-root-ca.crt` with the cluster CA under `ca.crt`; a deleted or edited
 * copy is put back.
 */
import { objectKey, type KubeObject } from '../api';
import { CLUSTER_CA_CRT } from '../auth';
import type { Controller } from './controller';

export const ROOT_CA_CONFIG_MAP = 'kube-root-ca.crt';
const DESCRIPTION =
  'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.';

export const rootCACertPublisher: Controller = {
  name: 'root-ca-cert-publisher',
  watches: [
    { kind: 'Namespace', toKeys: (e) => (e.type === 'DELETED' ? undefined : objectKey('Namespace', undefined, e.object.metadata.name)) },
    { kind: 'ConfigMap', toKeys: (e) => (e.object.metadata.name === ROOT_CA_CONFIG_MAP ? objectKey('Namespace', undefined, e.object.metadata.namespace!) : undefined) },
  ],
  reconcile(key, { store }) {
    const ns = store.getByKey(key);
    if (!ns || ns.metadata.deletionTimestamp) return [];
    const current = store.get('ConfigMap', ns.metadata.name, ROOT_CA_CONFIG_MAP);
    if (!current) return [{ type: 'create', object: rootCAConfigMap(ns.metadata.name) }];
    const data = current.data as Record<string, string> | undefined;
    if (data?.['ca.crt'] === CLUSTER_CA_CRT && Object.keys(data).length === 1 && current.metadata.annotations?.['kubernetes.io/description'] === DESCRIPTION) return [];
    return [{ type: 'update', object: { ...current, data: { 'ca.crt': CLUSTER_CA_CRT }, metadata: { ...current.metadata, annotations: { ...current.metadata.annotations, 'kubernetes.io/description': DESCRIPTION } } } }];
  },
};

function rootCAConfigMap(namespace: string): KubeObject {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: ROOT_CA_CONFIG_MAP, namespace, annotations: { 'kubernetes.io/description': DESCRIPTION } }, data: { 'ca.crt': CLUSTER_CA_CRT } };
}
