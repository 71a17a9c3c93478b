/**
 * The EndpointSlice controller (pkg/controller/endpointslice, staging/src/k8s.io/endpointslice
 * reconciler.go): for every Service with a selector it keeps EndpointSlices named `<svc>-<5 random>`,
 * owned by the Service and labelled `kubernetes.io/service-name` and
 * `endpointslice.kubernetes.io/managed-by: endpointslice-controller.k8s.io`. Unlike Endpoints, slices
 * keep terminating pods, with conditions `ready` (serving and not terminating, or
 * publishNotReadyAddresses), `serving` (pod Ready) and `terminating`. Pods whose named targetPort
 * resolves differently land in different slices; each slice holds at most 100 endpoints; a Service
 * with no endpoints keeps one empty placeholder slice.
 *
 * Simplification: endpoints are ordered by pod name and the reconciler rewrites a slice whole, where
 * Kubernetes minimises churn across slices (it only matters above 100 endpoints).
 */
import { canonicalJson, objectKey, parseObjectKey, type KubeObject, type StoredObject } from '../api';
import type { DiscoveryEndpointPort, Endpoint, ServicePort } from '../api/schemas';
import { endpointHostname, findPort, isHeadless, isPodReady, isPodTerminating, podIP, podsSelectedBy, serviceSpecOf, shouldPodBeInEndpoints } from '../network';
import { KeyMemo } from '../api';
import { podServiceKeys, selectingServicesIndexer } from './service-membership';
import type { Action, Controller, StoreView } from './controller';
import { HEADLESS_LABEL } from './endpoints';
import { controllerRef } from './owner-references';
import { jsonEqual } from '../api';

export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';
export const MANAGED_BY_LABEL = 'endpointslice.kubernetes.io/managed-by';
export const SLICE_CONTROLLER = 'endpointslice-controller.k8s.io';
export const MAX_ENDPOINTS_PER_SLICE = 100;

/** A slice's content: ports + endpoints. */
export interface SliceContent {
  ports: DiscoveryEndpointPort[];
  endpoints: Endpoint[];
}

const SERVICE_KEYS = new KeyMemo('Service');

export const endpointSliceController: Controller = {
  name: 'endpointslice-controller',
  watches: [
    { kind: 'Service', toKeys: (e) => SERVICE_KEYS.key(e.object.metadata.namespace, e.object.metadata.name) },
    { kind: 'Pod', toKeys: (e, store) => podServiceKeys(store, e.object, e.oldObject) },
    { kind: 'EndpointSlice', toKeys: (e) => sliceServiceKey(e.object, SLICE_CONTROLLER) },
  ],
  indexers: [selectingServicesIndexer],
  reconcile(key, { store }) {
    const { namespace, name } = parseObjectKey(key);
    const service = store.get('Service', namespace, name);
    if (!service || service.metadata.deletionTimestamp) return [];
    const spec = serviceSpecOf(service);
    if (spec.type === 'ExternalName' || !spec.selector) return [];
    const existing = slicesOf(store, service, SLICE_CONTROLLER);
    const labels = sliceLabels(service.metadata.labels, name, SLICE_CONTROLLER, isHeadless(spec));
    const template = (content: SliceContent): KubeObject => newSlice(service, labels, content);
    return planSlices(desiredSlices(service, podsSelectedBy(store, service)), existing, template, labels);
  },
};

export function sliceServiceKey(slice: KubeObject, manager: string): ReturnType<typeof objectKey>[] {
  const labels = slice.metadata.labels ?? {};
  const service = labels[SERVICE_NAME_LABEL];
  return labels[MANAGED_BY_LABEL] === manager && service ? [objectKey('Service', slice.metadata.namespace, service)] : [];
}

export function slicesOf(store: StoreView, owner: StoredObject, manager: string): StoredObject[] {
  return store
    .list('EndpointSlice', owner.metadata.namespace)
    .filter((s) => s.metadata.labels?.[MANAGED_BY_LABEL] === manager && s.metadata.ownerReferences?.some((r) => r.uid === owner.metadata.uid));
}

export function sliceLabels(source: Record<string, string> | undefined, serviceName: string, manager: string, headless: boolean): Record<string, string> {
  const labels: Record<string, string> = { ...(source ?? {}), [SERVICE_NAME_LABEL]: serviceName, [MANAGED_BY_LABEL]: manager };
  if (headless) labels[HEADLESS_LABEL] = '';
  else delete labels[HEADLESS_LABEL];
  return labels;
}

function newSlice(owner: StoredObject, labels: Record<string, string>, content: SliceContent): KubeObject {
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: { generateName: `${owner.metadata.name}-`, namespace: owner.metadata.namespace, labels, ownerReferences: [controllerRef(owner)] },
    addressType: 'IPv4',
    ...sliceBody(content),
  };
}

function sliceBody(content: SliceContent): Partial<KubeObject> {
  return { ...(content.endpoints.length ? { endpoints: content.endpoints } : {}), ...(content.ports.length ? { ports: content.ports } : {}) };
}

/** Groups the service's endpoints by their resolved ports, at most 100 per slice; none → one placeholder. */
export function desiredSlices(service: StoredObject, pods: readonly KubeObject[]): SliceContent[] {
  const spec = serviceSpecOf(service);
  const groups = new Map<string, SliceContent>();
  const sorted = [...pods].sort((a, b) => (a.metadata.name! < b.metadata.name! ? -1 : 1));
  for (const pod of sorted) {
    if (!shouldPodBeInEndpoints(pod, true)) continue;
    const ports = slicePorts(pod, spec.ports ?? []);
    if (ports === undefined) continue;
    const key = JSON.stringify(ports);
    const group = groups.get(key) ?? { ports, endpoints: [] };
    groups.set(key, group);
    group.endpoints.push(podEndpoint(pod, service.metadata.name, spec.publishNotReadyAddresses === true));
  }
  const slices = [...groups.values()].flatMap(chunk);
  return slices.length > 0 ? slices : [{ ports: [], endpoints: [] }];
}

function chunk(content: SliceContent): SliceContent[] {
  const out: SliceContent[] = [];
  for (let i = 0; i < content.endpoints.length; i += MAX_ENDPOINTS_PER_SLICE) {
    out.push({ ports: content.ports, endpoints: content.endpoints.slice(i, i + MAX_ENDPOINTS_PER_SLICE) });
  }
  return out;
}

/** The pod's ports for this service; undefined when it resolves none of several ports. */
function slicePorts(pod: KubeObject, ports: readonly ServicePort[]): DiscoveryEndpointPort[] | undefined {
  const resolved = ports.flatMap((servicePort) => {
    const port = findPort(pod, servicePort);
    if (port === undefined) return [];
    return [{ name: servicePort.name ?? '', port, protocol: servicePort.protocol ?? 'TCP', ...(servicePort.appProtocol ? { appProtocol: servicePort.appProtocol } : {}) }];
  });
  return ports.length > 0 && resolved.length === 0 ? undefined : resolved;
}

function podEndpoint(pod: KubeObject, serviceName: string, publishNotReady: boolean): Endpoint {
  const serving = isPodReady(pod);
  const terminating = isPodTerminating(pod);
  const hostname = endpointHostname(pod, serviceName);
  const nodeName = (pod.spec as { nodeName?: string } | undefined)?.nodeName;
  return {
    addresses: [podIP(pod)!],
    conditions: { ready: publishNotReady || (serving && !terminating), serving, terminating },
    ...(hostname ? { hostname } : {}),
    ...(nodeName ? { nodeName } : {}),
    targetRef: { kind: 'Pod', namespace: pod.metadata.namespace, name: pod.metadata.name, uid: pod.metadata.uid },
  };
}

/**
 * Matches desired slice contents to existing slices: a slice with the same ports is updated in place
 * (only if it changed), a placeholder is reused for new content, others are deleted and new ones
 * created with generated names.
 */
export function planSlices(desired: SliceContent[], existing: StoredObject[], template: (c: SliceContent) => KubeObject, labels: Record<string, string>): Action[] {
  const unused = [...existing];
  const actions: Action[] = [];
  const take = (match: (s: StoredObject) => boolean) => {
    const i = unused.findIndex(match);
    return i < 0 ? undefined : unused.splice(i, 1)[0];
  };
  for (const content of desired) {
    const portsKey = canonicalJson(content.ports);
    const slice = take((s) => canonicalJson(s.ports ?? []) === portsKey) ?? take((s) => !s.ports && !s.endpoints);
    if (!slice) actions.push({ type: 'create', object: template(content) });
    else if (changed(slice, content, labels)) actions.push({ type: 'update', object: { ...withoutBody(slice), metadata: { ...slice.metadata, labels }, ...sliceBody(content) } });
  }
  for (const slice of unused) actions.push({ type: 'delete', object: slice });
  return actions;
}

function changed(slice: StoredObject, content: SliceContent, labels: Record<string, string>): boolean {
  return !(jsonEqual(slice.endpoints ?? [], content.endpoints) && jsonEqual(slice.ports ?? [], content.ports) && jsonEqual(slice.metadata.labels ?? {}, labels));
}

function withoutBody(slice: StoredObject): KubeObject {
  const { endpoints: _endpoints, ports: _ports, ...rest } = slice;
  return rest as KubeObject;
}
