/**
 * `--append-hash`: the object's name gets a suffix derived from its content, as kustomize and kubectl
 * do (k8s.io/kubectl/pkg/util/hash/hash.go): sha256 over a sorted-key JSON of kind, name, data (and
 * type for Secrets), first 10 hex characters, with 0 1 3 a e mapped to g h k m t.
 */
import { createHash } from 'node:crypto';
import type { KubeObject } from '../../api/object';
import { marshalCompact } from './typed/go-json';
import { untypedNode } from './typed/go-node';

export function appendHashSuffix<T extends KubeObject>(obj: T): T {
  return { ...obj, metadata: { ...obj.metadata, name: `${obj.metadata.name ?? ''}-${contentHash(obj)}` } };
}

export function contentHash(obj: KubeObject): string {
  const encoded: Record<string, unknown> = { kind: obj.kind, name: obj.metadata.name ?? '', data: obj.data ?? null };
  if (obj.kind === 'Secret') encoded.type = obj.type ?? '';
  if (obj.immutable !== undefined) encoded.immutable = obj.immutable;
  if (obj.kind === 'ConfigMap' && obj.binaryData && Object.keys(obj.binaryData).length > 0) encoded.binaryData = obj.binaryData;
  const hex = createHash('sha256').update(marshalCompact(untypedNode(encoded))).digest('hex');
  const swaps: Readonly<Record<string, string>> = { '0': 'g', '1': 'h', '3': 'k', a: 'm', e: 't' };
  return [...hex.slice(0, 10)].map((c) => swaps[c] ?? c).join('');
}
