/**
 * The contract every reconciler implements: it declares which watch events map to which keys, and a
 * `reconcile(key, context)` that reads the store and returns Actions. Controllers never write the store;
 * the runner executes their actions, so reconcile functions stay pure and testable.
 */
import type { EventType, Indexer, KubeObject, ObjectKey, ObjectStore, PropagationPolicy, StoredObject, WatchEvent } from '../api';

export type Action =
  | {
      readonly type: 'create';
      readonly object: KubeObject;
      readonly owner?: StoredObject;
      /** Recorded on the owner once the create succeeded, the created name appended (RealPodControl: `Created pod: web-x2k4q`). */
      readonly successEvent?: SuccessEvent;
      /**
       * slowStartBatch (pkg/controller/controller_utils.go): an owner's creates run in batches 1, 2, 4, ...; once a
       * batch had a failure, the owner's later batches in the same reconcile are skipped.
       */
      readonly batch?: number;
    }
  | { readonly type: 'update'; readonly object: KubeObject }
  | { readonly type: 'patchStatus'; readonly object: KubeObject }
  | {
      readonly type: 'delete';
      readonly object: StoredObject;
      readonly owner?: StoredObject;
      readonly gracePeriodSeconds?: number;
      readonly propagationPolicy?: PropagationPolicy;
      /** Recorded on the owner once the delete succeeded (`Deleted pod: web-x2k4q`). */
      readonly successEvent?: SuccessEvent;
    }
  | { readonly type: 'bind'; readonly pod: StoredObject; readonly nodeName: string }
  | { readonly type: 'removeFinalizer'; readonly object: StoredObject; readonly finalizer: string }
  | { readonly type: 'event'; readonly object: KubeObject; readonly eventType: EventType; readonly reason: string; readonly message: string }
  | { readonly type: 'requeueAfter'; readonly key: ObjectKey; readonly ms: number };

export interface SuccessEvent {
  readonly reason: string;
  /** The message before the created object's name, e.g. `Created pod: `. */
  readonly messagePrefix: string;
}

/**
 * What a watch event maps to: no key (`undefined` or an empty list), one key, or several. A single key needs
 * no array: every write of a watched kind runs every watch's `toKeys`, and most map to nothing or to one key.
 */
export type WatchKeys = ObjectKey | readonly ObjectKey[] | undefined;

/** A watch's answer as a list (for tests and rare callers that want one). */
export function keyList(keys: WatchKeys): ObjectKey[] {
  return keys === undefined ? [] : typeof keys === 'string' ? [keys] : [...keys];
}

export interface Watch {
  readonly kind: string;
  /** Maps a watch event to the keys to reconcile (e.g. a pod → its owner's key via controllerRef). Empty keys are skipped. */
  toKeys(event: WatchEvent, store: StoreView): WatchKeys;
}

/** Read-only view of the cluster state. */
export type StoreView = Pick<ObjectStore, 'get' | 'getByKey' | 'list' | 'dependents' | 'podsOnNode' | 'indexed' | 'storedKey'>;

export interface ControllerContext {
  readonly store: StoreView;
  /** Virtual milliseconds since the epoch. */
  readonly now: number;
}

export interface Controller {
  /** The component name events are attributed to (`replicaset-controller`, `deployment-controller`). */
  readonly name: string;
  readonly watches: readonly Watch[];
  /** Store indexers the controller reads through `store.indexed` (registered by the runner, once per name). */
  readonly indexers?: readonly Indexer[];
  reconcile(key: ObjectKey, context: ControllerContext): readonly Action[];
}

/** The common watch: an object's own key. */
export function selfKey(kind: string): Watch {
  return { kind, toKeys: (e) => (e.object.metadata.uid ? keyFor(e.object) : undefined) };
}

function keyFor(obj: StoredObject): ObjectKey {
  return `${obj.kind}/${obj.metadata.namespace ?? ''}/${obj.metadata.name}` as ObjectKey;
}
