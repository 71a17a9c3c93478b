/**
 * `--save-config`: kubectl stores the object it creates in the `kubectl.kubernetes.io/last-applied-configuration`
 * annotation (k8s.io/kubectl/pkg/util/apply.go CreateOrUpdateAnnotation): the compact JSON of the typed
 * object without that annotation, newline-terminated as json.Encoder writes it.
 */
import type { KubeObject } from '../../api/object';
import { typedObjectNode } from './print-dry-run';
import { marshalCompact } from './typed/go-json';

export const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';

export function withLastAppliedConfiguration<T extends KubeObject>(obj: T): T {
  const { [LAST_APPLIED_ANNOTATION]: _previous, ...annotations } = obj.metadata.annotations ?? {};
  const bare = { ...obj, metadata: { ...obj.metadata, annotations } };
  const encoded = `${marshalCompact(typedObjectNode(bare))}\n`;
  return { ...obj, metadata: { ...obj.metadata, annotations: { ...annotations, [LAST_APPLIED_ANNOTATION]: encoded } } };
}
