/** `TYPE/NAME` as kubectl writes it, optionally followed by `-n NAMESPACE`: `pod/web`, `deployment/web -n shop`. */
import type { ResourceInfo, StoredObject } from '../api';
import type { Cluster } from '../cluster';
import { usageError } from './errors';
import { resolveType } from './resource-args';
import { tokenize } from './argv';

export interface ObjectRef {
  info: ResourceInfo;
  name: string;
  namespace: string;
}

export function parseObjectRef(text: string, defaultNamespace = 'default'): ObjectRef {
  const { words } = tokenize(text);
  const [typeName, ...rest] = words;
  const slash = typeName?.indexOf('/') ?? -1;
  if (!typeName || slash < 0) throw usageError(`"${text}" is not TYPE/NAME (for example pod/web or deployment/web -n shop)`);
  let namespace = defaultNamespace;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '-n' || rest[i] === '--namespace') namespace = rest[++i] ?? namespace;
    else if (rest[i]!.startsWith('--namespace=')) namespace = rest[i]!.slice('--namespace='.length);
    else throw usageError(`unexpected "${rest[i]}" in "${text}"`);
  }
  return { info: resolveType(typeName.slice(0, slash)), name: typeName.slice(slash + 1), namespace };
}

export function findObject(cluster: Cluster, ref: ObjectRef): StoredObject | undefined {
  return cluster.get(ref.info.kind, ref.info.namespaced ? ref.namespace : undefined, ref.name);
}
