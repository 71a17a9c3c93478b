/**
 * The `<resource>.<group>/<name>` that kubectl prints after a create (`deployment.apps/web created`):
 * the lower-cased kind, qualified by the API group unless it is the core group.
 */
import type { KubeObject } from '../../api/object';

export function describeCreated(obj: KubeObject): string {
  const slash = obj.apiVersion.indexOf('/');
  const group = slash < 0 ? '' : obj.apiVersion.slice(0, slash);
  const resource = obj.kind.toLowerCase();
  return `${group ? `${resource}.${group}` : resource}/${obj.metadata.name ?? ''}`;
}
