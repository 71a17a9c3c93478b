/**
 * The namespace controller (pkg/controller/namespace/deletion): once a namespace is Terminating it deletes
 * everything inside it, and when nothing is left it empties `spec.finalizers`, letting the namespace go.
 */
import { RESOURCES, objectKey, type StoredObject } from '../api';
import type { Action, Controller } from './controller';

const NAMESPACED_KINDS = RESOURCES.filter((r) => r.namespaced).map((r) => r.kind);

export const namespaceController: Controller = {
  name: 'namespace-controller',
  watches: [
    { kind: 'Namespace', toKeys: (e) => (e.type === 'DELETED' ? undefined : objectKey('Namespace', undefined, e.object.metadata.name)) },
    {
      kind: '*',
      toKeys: (e, store) => {
        const ns = e.type === 'DELETED' && e.object.metadata.namespace ? store.get('Namespace', undefined, e.object.metadata.namespace) : undefined;
        return ns?.metadata.deletionTimestamp ? objectKey('Namespace', undefined, ns.metadata.name) : undefined;
      },
    },
  ],
  reconcile(key, context) {
    const ns = context.store.getByKey(key);
    if (!ns?.metadata.deletionTimestamp) return [];
    const contents = NAMESPACED_KINDS.flatMap((kind) => context.store.list(kind, ns.metadata.name));
    const remaining = contents.filter((o) => o.kind !== 'Event');
    if (remaining.length > 0) return remaining.filter((o) => !o.metadata.deletionTimestamp).map(deleteAction);
    return [...contents.map(deleteAction), finalizeNamespace(ns)];
  },
};

function deleteAction(object: StoredObject): Action {
  return { type: 'delete', object, propagationPolicy: 'Background' };
}

function finalizeNamespace(ns: StoredObject): Action {
  return { type: 'update', object: { ...ns, spec: { ...(ns.spec as object), finalizers: [] } } };
}
