/**
 * Which Services select a pod, for the endpoints controllers' pod watches (endpoints_controller.go
 * getPodServiceMemberships): the Services of the pod's namespace whose selector matches the new or the old
 * version of the pod, in name order. Every pod write asks, and most pods live in a namespace whose Services
 * (if any) have no selector, so a store indexer files the Services that have one by namespace: a pod in a
 * namespace without such a Service costs one lookup, and a matching Service is enqueued under the key the
 * store filed it by (no key string built per event).
 */
import { type Indexer, type KubeObject, type ObjectKey } from '../api';
import { serviceKeysForPod, serviceSpecOf } from '../network';
import type { StoreView, WatchKeys } from './controller';
import { mapSelector } from './spec-selector';

const INDEX = 'services-with-selector-by-namespace';
const SELECTING = 'selecting';

type IndexKeys = ReturnType<Indexer['keys']>;
const NOT_FILED: IndexKeys = Object.freeze([]);
/** Each namespace's one entry, shared by its Services' writes. */
const ENTRIES = new Map<string, IndexKeys>();

export const selectingServicesIndexer: Indexer = {
  name: INDEX,
  kind: 'Service',
  keys(service) {
    if (!serviceSpecOf(service).selector) return NOT_FILED;
    const namespace = service.metadata.namespace ?? '';
    let entry = ENTRIES.get(namespace);
    if (!entry) ENTRIES.set(namespace, (entry = Object.freeze([Object.freeze([namespace, SELECTING] as const)])));
    return entry;
  },
};

/** serviceSelects (../network) with the selector compiled once per frozen selector map. */
function selects(service: KubeObject, pod: KubeObject): boolean {
  const selector = serviceSpecOf(service).selector;
  return selector ? mapSelector(selector).matches(pod.metadata.labels) : false;
}

/** The keys of the Services selecting `pod` or `old` (serviceKeysForPod), from the index when it is registered. */
export function podServiceKeys(store: StoreView, pod: KubeObject, old: KubeObject | undefined): WatchKeys {
  const namespace = pod.metadata.namespace;
  if (!namespace) return undefined;
  const filed = store.indexed(INDEX, namespace);
  if (!filed) return serviceKeysForPod(store, pod, old);
  const services = filed.get(SELECTING);
  if (!services) return undefined;
  let one: ObjectKey | undefined;
  let many: ObjectKey[] | undefined;
  for (const key of services) {
    const service = store.getByKey(key);
    if (!service || !(selects(service, pod) || (old !== undefined && selects(service, old)))) continue;
    if (one === undefined) one = key;
    else (many ??= [one]).push(key);
  }
  // The keys share the prefix `Service/<namespace>/`, so their order is the names' order, as `store.list` gives.
  return many ? many.sort() : one;
}
