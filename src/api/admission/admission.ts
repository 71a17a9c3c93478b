/**
 * Admission plugins, the apiserver's extension point: mutating plugins may change an object before
 * validation, validating plugins may reject it after. A plugin that allocates something (a ClusterIP,
 * a NodePort) registers an undo with `onReject` so a rejected request leaks nothing.
 */
import type { KubeObject, StoredObject } from '../object';
import type { UserInfo } from '../request';

export type Operation = 'CREATE' | 'UPDATE' | 'DELETE';

export interface AdmissionRequest {
  readonly operation: Operation;
  readonly object: KubeObject;
  readonly oldObject?: StoredObject;
  readonly user?: UserInfo;
  readonly dryRun: boolean;
  /** Registers an undo for work this plugin did, run if a later stage rejects the request. */
  onReject(undo: () => void): void;
}

export interface AdmissionPlugin {
  readonly name: string;
  /** Kinds this plugin looks at; omitted means every kind. */
  readonly kinds?: readonly string[];
  mutate?(request: AdmissionRequest): KubeObject | void;
  /** Throws an ApiError to reject. */
  validate?(request: AdmissionRequest): void;
}
