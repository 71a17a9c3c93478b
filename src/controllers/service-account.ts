/**
 * The serviceaccounts controller (pkg/controller/serviceaccount): every active namespace has a
 * ServiceAccount named `default`, recreated if deleted.
 */
import { objectKey } from '../api';
import type { Controller } from './controller';

export const serviceAccountController: Controller = {
  name: 'service-account-controller',
  watches: [
    { kind: 'Namespace', toKeys: (e) => (e.type === 'DELETED' ? undefined : objectKey('Namespace', undefined, e.object.metadata.name)) },
    {
      kind: 'ServiceAccount',
      toKeys: (e) => (e.type === 'DELETED' && e.object.metadata.name === 'default' ? objectKey('Namespace', undefined, e.object.metadata.namespace!) : undefined),
    },
  ],
  reconcile(key, context) {
    const ns = context.store.getByKey(key);
    if (!ns || ns.metadata.deletionTimestamp) return [];
    if (context.store.get('ServiceAccount', ns.metadata.name, 'default')) return [];
    return [{ type: 'create', object: { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: ns.metadata.name } } }];
  },
};
