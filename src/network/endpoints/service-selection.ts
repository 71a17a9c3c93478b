/**
 * Which Services select a pod, for mapping pod watch events to Service keys (the endpoints
 * controllers' `getPodServiceMemberships`). A Service without a selector selects nothing: its
 * endpoints are written by hand.
 */
import { objectKey, selectorFromMap, type KubeObject, type ObjectKey, type StoreView } from './store-view';
import { serviceSpecOf } from './pod-endpoints';

export function serviceSelects(service: KubeObject, pod: KubeObject): boolean {
  const selector = serviceSpecOf(service).selector;
  if (!selector) return false;
  return selectorFromMap(selector).matches(pod.metadata.labels);
}

/** Keys of the Services in the pod's namespace selecting any of the given versions of the pod. */
export function serviceKeysForPod(store: StoreView, ...versions: (KubeObject | undefined)[]): ObjectKey[] {
  const pods = versions.filter((p): p is KubeObject => p !== undefined);
  const namespace = pods[0]?.metadata.namespace;
  if (!namespace) return [];
  return store
    .list('Service', namespace)
    .filter((service) => pods.some((pod) => serviceSelects(service, pod)))
    .map((service) => objectKey('Service', namespace, service.metadata.name));
}

export function podsSelectedBy(store: StoreView, service: KubeObject): KubeObject[] {
  return store.list('Pod', service.metadata.namespace).filter((pod) => serviceSelects(service, pod));
}
