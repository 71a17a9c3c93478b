/** Names kubectl prints for objects: `deployment.apps/web`, `pod/web` (the group-qualified singular). */
import { resourceForKind, type KubeObject, type ResourceInfo } from '../api';

export function typeName(info: ResourceInfo): string {
  return info.group ? `${info.singular}.${info.group}` : info.singular;
}

export function objectName(obj: KubeObject): string {
  const info = resourceForKind(obj.kind);
  return `${info ? typeName(info) : obj.kind.toLowerCase()}/${obj.metadata.name}`;
}
