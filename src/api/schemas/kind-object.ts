/**
 * The type of a top-level kind: the generated shape with the envelope every stored object has
 * (`apiVersion`, `kind`, `metadata`) made required, so each kind is assignable to `KubeObject`.
 * `decodeStrict` guarantees the envelope (it rejects a missing kind and fills an absent metadata).
 */
import type { KubeObject, ObjectMeta } from '../object';

export type KindObject<T> = Omit<T, 'apiVersion' | 'kind' | 'metadata'> & {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
} & KubeObject;
