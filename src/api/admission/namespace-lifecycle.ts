/**
 * The NamespaceLifecycle admission plugin (plugin/pkg/admission/namespace/lifecycle): objects can only be
 * created in a namespace that exists and is not being terminated.
 */
import { ApiError } from '../api-error';
import type { ObjectStore } from '../store';
import { resourceForKind } from '../resources';
import type { AdmissionPlugin } from './admission';

export function namespaceLifecycle(store: ObjectStore): AdmissionPlugin {
  return {
    name: 'NamespaceLifecycle',
    validate({ operation, object }) {
      if (operation !== 'CREATE' || !resourceForKind(object.kind)?.namespaced) return;
      const namespace = object.metadata.namespace!;
      const ns = store.get('Namespace', undefined, namespace);
      if (!ns) throw ApiError.notFound('namespaces', namespace);
      if (ns.metadata.deletionTimestamp && object.kind !== 'Event') {
        throw ApiError.forbidden(`unable to create new content in namespace ${namespace} because it is being terminated`);
      }
    },
  };
}
