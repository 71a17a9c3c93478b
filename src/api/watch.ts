/** Typed watch events, as a client-go informer delivers them (without the informer's lag: kubespec's store is synchronous). */
import type { StoredObject } from './object';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface WatchEvent {
  readonly type: WatchEventType;
  readonly object: StoredObject;
  /** The previous version, for MODIFIED and DELETED. */
  readonly oldObject?: StoredObject;
}

export type WatchHandler = (event: WatchEvent) => void;
