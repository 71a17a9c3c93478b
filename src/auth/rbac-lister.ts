/**
 * The RBAC authorizer's view of roles and bindings, cached between writes: kube-apiserver's RBAC authorizer
 * reads them from informer listers (pkg/registry/rbac/validation, `RoleBindingLister` & co.), not from etcd
 * per request. Every request lists the ClusterRoleBindings (and a namespace's RoleBindings); the cache keeps
 * those sorted lists until a write to an RBAC kind, so a bulk `kubectl apply` does not re-sort them per object.
 */
import type { ObjectStore, StoredObject } from '../api';
import type { RbacStore } from './rule-resolver';

const RBAC_KINDS = ['ClusterRoleBinding', 'RoleBinding', 'ClusterRole', 'Role'];

export function rbacLister(store: ObjectStore): RbacStore {
  const lists = new Map<string, readonly StoredObject[]>();
  for (const kind of RBAC_KINDS) store.watch(kind, () => lists.clear());
  return {
    get: (kind, namespace, name) => store.get(kind, namespace, name),
    list(kind, namespace) {
      if (!RBAC_KINDS.includes(kind)) return store.list(kind, namespace);
      const key = `${kind}/${namespace ?? ''}`;
      let list = lists.get(key);
      if (!list) lists.set(key, (list = Object.freeze(store.list(kind, namespace))));
      return list as StoredObject[];
    },
  };
}
