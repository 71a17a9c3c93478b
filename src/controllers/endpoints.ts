/**
 * The endpoints controller (pkg/controller/endpoint/endpoints_controller.go syncService): for every
 * Service with a selector it writes an Endpoints object of the same name listing the selected pods that
 * have an IP and are not terminal or terminating: ready pods under `addresses`, the others under
 * `notReadyAddresses` (all under `addresses` with `publishNotReadyAddresses`). A named targetPort is
 * resolved per pod. Deleting the Service deletes its Endpoints, manual ones included.
 *
 * Simplifications: subsets are ordered by their first address and ports by name, where Kubernetes orders
 * both by a hash (RepackSubsets); there is no `last-change-trigger-time` annotation and no truncation at
 * 1000 addresses.
 */
import { parseObjectKey, type KubeObject, type StoredObject } from '../api';
import type { EndpointAddress, EndpointPort, EndpointSubset, ServicePort } from '../api/schemas';
import { endpointHostname, findPort, isPodReady, isHeadless, podIP, podsSelectedBy, serviceSpecOf, shouldPodBeInEndpoints } from '../network';
import { KeyMemo } from '../api';
import { podServiceKeys, selectingServicesIndexer } from './service-membership';
import type { Action, Controller } from './controller';
import { compareGoStrings } from '../api/go-string-order';
import { jsonEqual } from '../api';

export const HEADLESS_LABEL = 'service.kubernetes.io/headless';

const SERVICE_KEYS = new KeyMemo('Service');

export const endpointsController: Controller = {
  name: 'endpoint-controller',
  watches: [
    { kind: 'Service', toKeys: (e) => SERVICE_KEYS.key(e.object.metadata.namespace, e.object.metadata.name) },
    { kind: 'Pod', toKeys: (e, store) => podServiceKeys(store, e.object, e.oldObject) },
    { kind: 'Endpoints', toKeys: (e) => (e.type === 'DELETED' ? SERVICE_KEYS.key(e.object.metadata.namespace, e.object.metadata.name) : undefined) },
  ],
  indexers: [selectingServicesIndexer],
  reconcile(key, { store }) {
    const { namespace, name } = parseObjectKey(key);
    const service = store.get('Service', namespace, name);
    const current = store.get('Endpoints', namespace, name);
    if (!service || service.metadata.deletionTimestamp) return current ? [{ type: 'delete', object: current }] : [];
    const spec = serviceSpecOf(service);
    if (spec.type === 'ExternalName' || !spec.selector) return [];
    const desired = desiredEndpoints(service, podsSelectedBy(store, service));
    return planWrite(desired, current);
  },
};

function planWrite(desired: KubeObject, current: StoredObject | undefined): Action[] {
  if (!current) return [{ type: 'create', object: desired }];
  const same = jsonEqual(current.subsets ?? [], desired.subsets ?? []) && jsonEqual(current.metadata.labels ?? {}, desired.metadata.labels ?? {});
  if (same) return [];
  const { subsets: _old, ...rest } = current;
  return [{ type: 'update', object: { ...rest, metadata: { ...current.metadata, labels: desired.metadata.labels }, ...(desired.subsets ? { subsets: desired.subsets } : {}) } }];
}

export function desiredEndpoints(service: StoredObject, pods: readonly KubeObject[]): KubeObject {
  const spec = serviceSpecOf(service);
  const tolerateUnready = spec.publishNotReadyAddresses === true;
  const subsets: EndpointSubset[] = [];
  for (const pod of pods) {
    if (!shouldPodBeInEndpoints(pod, tolerateUnready)) continue;
    const address = endpointAddress(pod, service.metadata.name);
    const ready = tolerateUnready || isPodReady(pod);
    for (const port of podPorts(pod, spec.ports ?? [], isHeadless(spec))) {
      subsets.push(ready ? { addresses: [address], ports: port ? [port] : [] } : { notReadyAddresses: [address], ports: port ? [port] : [] });
    }
  }
  const labels: Record<string, string> = { ...(service.metadata.labels ?? {}) };
  if (isHeadless(spec)) labels[HEADLESS_LABEL] = '';
  else delete labels[HEADLESS_LABEL];
  const packed = repackSubsets(subsets);
  return {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: { name: service.metadata.name, namespace: service.metadata.namespace, labels },
    ...(packed.length > 0 ? { subsets: packed } : {}),
  };
}

/** One entry per service port the pod can serve; a headless Service without ports lists the pod once. */
function podPorts(pod: KubeObject, ports: readonly ServicePort[], headless: boolean): (EndpointPort | undefined)[] {
  if (ports.length === 0) return headless ? [undefined] : [];
  return ports.flatMap((servicePort) => {
    const port = findPort(pod, servicePort);
    if (port === undefined) return [];
    const endpointPort: EndpointPort = { ...(servicePort.name ? { name: servicePort.name } : {}), port, protocol: servicePort.protocol ?? 'TCP' };
    if (servicePort.appProtocol) endpointPort.appProtocol = servicePort.appProtocol;
    return [endpointPort];
  });
}

function endpointAddress(pod: KubeObject, serviceName: string): EndpointAddress {
  const hostname = endpointHostname(pod, serviceName);
  const nodeName = (pod.spec as { nodeName?: string } | undefined)?.nodeName;
  return {
    ...(hostname ? { hostname } : {}),
    ip: podIP(pod)!,
    ...(nodeName ? { nodeName } : {}),
    targetRef: { kind: 'Pod', namespace: pod.metadata.namespace, name: pod.metadata.name, uid: pod.metadata.uid },
  };
}

/** RepackSubsets: addresses sharing the same set of ports form one subset; addresses sorted by IP. */
export function repackSubsets(subsets: readonly EndpointSubset[]): EndpointSubset[] {
  const byPorts = new Map<string, Required<Pick<EndpointSubset, 'addresses' | 'notReadyAddresses' | 'ports'>>>();
  const pod = new Map<string, EndpointPort[]>();
  for (const subset of subsets) {
    for (const address of [...(subset.addresses ?? []), ...(subset.notReadyAddresses ?? [])]) {
      const id = address.targetRef?.uid ?? address.ip ?? '';
      pod.set(id, [...(pod.get(id) ?? []), ...(subset.ports ?? [])]);
    }
  }
  for (const subset of subsets) {
    const readyOnes = (subset.addresses ?? []).map((a) => ({ a, ready: true }));
    const notReadyOnes = (subset.notReadyAddresses ?? []).map((a) => ({ a, ready: false }));
    for (const { a, ready } of [...readyOnes, ...notReadyOnes]) {
      const ports = sortPorts(pod.get(a.targetRef?.uid ?? a.ip ?? '') ?? []);
      const key = JSON.stringify(ports);
      const group = byPorts.get(key) ?? { addresses: [], notReadyAddresses: [], ports };
      byPorts.set(key, group);
      const list = ready ? group.addresses : group.notReadyAddresses;
      if (!list.some((x) => x.ip === a.ip && x.targetRef?.uid === a.targetRef?.uid)) list.push(a);
    }
  }
  return [...byPorts.values()].map(finishSubset).sort((x, y) => compareGoStrings(firstIP(x), firstIP(y)));
}

function finishSubset(group: Required<Pick<EndpointSubset, 'addresses' | 'notReadyAddresses' | 'ports'>>): EndpointSubset {
  const byIP = (x: EndpointAddress, y: EndpointAddress) => compareGoStrings(x.ip ?? '', y.ip ?? '') || compareGoStrings(x.targetRef?.uid ?? '', y.targetRef?.uid ?? '');
  return {
    ...(group.addresses.length ? { addresses: [...group.addresses].sort(byIP) } : {}),
    ...(group.notReadyAddresses.length ? { notReadyAddresses: [...group.notReadyAddresses].sort(byIP) } : {}),
    ...(group.ports.length ? { ports: group.ports } : {}),
  };
}

function sortPorts(ports: readonly EndpointPort[]): EndpointPort[] {
  const unique = new Map(ports.map((p) => [`${p.name ?? ''}/${p.port}/${p.protocol}`, p]));
  return [...unique.values()].sort((a, b) => compareGoStrings(a.name ?? '', b.name ?? '') || (a.port ?? 0) - (b.port ?? 0));
}

const firstIP = (s: EndpointSubset): string => s.addresses?.[0]?.ip ?? s.notReadyAddresses?.[0]?.ip ?? '';
