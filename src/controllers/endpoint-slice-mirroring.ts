/**
 * The EndpointSliceMirroring controller (pkg/controller/endpointslicemirroring): the Endpoints a user
 * writes for a Service without a selector are copied into EndpointSlices owned by that Endpoints object
 * and labelled `endpointslice.kubernetes.io/managed-by: endpointslicemirroring-controller.k8s.io`, so
 * kube-proxy and DNS (which read slices) see them. Each subset becomes one slice; its addresses are ready,
 * its notReadyAddresses not. Endpoints labelled `endpointslice.kubernetes.io/skip-mirror: "true"` (the
 * apiserver's own `kubernetes` Endpoints) and those of Services with a selector are not mirrored.
 */
import { objectKey, parseObjectKey, type KubeObject, type StoredObject } from '../api';
import type { DiscoveryEndpointPort, Endpoint, EndpointAddress, EndpointSubset } from '../api/schemas';
import { serviceSpecOf } from '../network';
import type { Action, Controller } from './controller';
import { planSlices, sliceLabels, slicesOf, sliceServiceKey, type SliceContent } from './endpoint-slice';
import { controllerRef } from './owner-references';

export const MIRRORING_CONTROLLER = 'endpointslicemirroring-controller.k8s.io';
export const SKIP_MIRROR_LABEL = 'endpointslice.kubernetes.io/skip-mirror';

const endpointsKey = (namespace: string | undefined, name: string) => objectKey('Endpoints', namespace, name);

export const endpointSliceMirroringController: Controller = {
  name: 'endpointslicemirroring-controller',
  watches: [
    { kind: 'Endpoints', toKeys: (e) => [endpointsKey(e.object.metadata.namespace, e.object.metadata.name)] },
    { kind: 'Service', toKeys: (e) => [endpointsKey(e.object.metadata.namespace, e.object.metadata.name)] },
    { kind: 'EndpointSlice', toKeys: (e) => sliceServiceKey(e.object, MIRRORING_CONTROLLER).map((k) => endpointsKey(e.object.metadata.namespace, parseObjectKey(k).name)) },
  ],
  reconcile(key, { store }) {
    const { namespace, name } = parseObjectKey(key);
    const endpoints = store.get('Endpoints', namespace, name);
    if (!endpoints) return [];
    const existing = slicesOf(store, endpoints, MIRRORING_CONTROLLER);
    if (!shouldMirror(endpoints, store.get('Service', namespace, name))) return existing.map((object): Action => ({ type: 'delete', object }));
    const { [SKIP_MIRROR_LABEL]: _skip, ...own } = endpoints.metadata.labels ?? {};
    const labels = sliceLabels(own, name, MIRRORING_CONTROLLER, false);
    const template = (content: SliceContent): KubeObject => mirroredSlice(endpoints, labels, content);
    const desired = ((endpoints.subsets ?? []) as EndpointSubset[]).map(subsetContent);
    return desired.length === 0 ? existing.map((object): Action => ({ type: 'delete', object })) : planSlices(desired, existing, template, labels);
  },
};

function shouldMirror(endpoints: StoredObject, service: StoredObject | undefined): boolean {
  if (!service || service.metadata.deletionTimestamp || endpoints.metadata.deletionTimestamp) return false;
  if (endpoints.metadata.labels?.[SKIP_MIRROR_LABEL] === 'true') return false;
  return serviceSpecOf(service).selector === undefined;
}

function subsetContent(subset: EndpointSubset): SliceContent {
  const ports: DiscoveryEndpointPort[] = (subset.ports ?? []).map((p) => ({ name: p.name ?? '', port: p.port, protocol: p.protocol ?? 'TCP', ...(p.appProtocol ? { appProtocol: p.appProtocol } : {}) }));
  const endpoints = [...(subset.addresses ?? []).map((a) => addressToEndpoint(a, true)), ...(subset.notReadyAddresses ?? []).map((a) => addressToEndpoint(a, false))];
  return { ports, endpoints };
}

function addressToEndpoint(address: EndpointAddress, ready: boolean): Endpoint {
  return {
    addresses: [address.ip ?? ''],
    conditions: { ready },
    ...(address.hostname ? { hostname: address.hostname } : {}),
    ...(address.nodeName ? { nodeName: address.nodeName } : {}),
    ...(address.targetRef ? { targetRef: address.targetRef } : {}),
  };
}

function mirroredSlice(endpoints: StoredObject, labels: Record<string, string>, content: SliceContent): KubeObject {
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: { generateName: `${endpoints.metadata.name}-`, namespace: endpoints.metadata.namespace, labels, ownerReferences: [controllerRef(endpoints)] },
    addressType: 'IPv4',
    ...(content.endpoints.length ? { endpoints: content.endpoints } : {}),
    ...(content.ports.length ? { ports: content.ports } : {}),
  };
}
