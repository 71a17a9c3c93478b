/**
 * A cloud provider's service controller (k8s.io/cloud-provider/controllers/service), simulated: enabled
 * by the cluster option `features.cloudLoadBalancer`, it gives each LoadBalancer Service an ingress IP
 * from the pool in network/load-balancer-pool.ts (`status.loadBalancer.ingress[].ip`, `ipMode: VIP`),
 * recording EnsuringLoadBalancer/EnsuredLoadBalancer events, and clears the status when the Service
 * stops being a LoadBalancer. Services with a `loadBalancerClass` belong to another implementation and
 * are left alone. Without the option nothing assigns addresses and EXTERNAL-IP stays `<pending>`.
 */
import { objectKey, parseObjectKey, type StoredObject } from '../api';
import type { ServiceSpec } from '../api/schemas';
import { pickLoadBalancerIP } from '../network';
import type { Action, Controller, StoreView } from './controller';

interface LoadBalancerStatus {
  loadBalancer?: { ingress?: { ip?: string; hostname?: string; ipMode?: string }[] };
}

const statusOf = (service: StoredObject): LoadBalancerStatus => (service.status ?? {}) as LoadBalancerStatus;

export const cloudLoadBalancerController: Controller = {
  name: 'service-controller',
  watches: [{ kind: 'Service', toKeys: (e) => (e.type === 'DELETED' ? undefined : objectKey('Service', e.object.metadata.namespace, e.object.metadata.name)) }],
  reconcile(key, { store }) {
    const { namespace, name } = parseObjectKey(key);
    const service = store.get('Service', namespace, name);
    if (!service || service.metadata.deletionTimestamp) return [];
    const spec = (service.spec ?? {}) as ServiceSpec;
    const ingress = statusOf(service).loadBalancer?.ingress ?? [];
    if (spec.type !== 'LoadBalancer' || spec.loadBalancerClass) return ingress.length > 0 ? [withIngress(service, [])] : [];
    if (ingress.length > 0) return [];
    const ip = pickLoadBalancerIP(addressesInUse(store), spec.loadBalancerIP);
    const ensuring = event(service, 'Normal', 'EnsuringLoadBalancer', 'Ensuring load balancer');
    if (!ip) return [ensuring, event(service, 'Warning', 'SyncLoadBalancerFailed', 'Error syncing load balancer: failed to ensure load balancer: no available IPs')];
    return [ensuring, withIngress(service, [{ ip, ipMode: 'VIP' }]), event(service, 'Normal', 'EnsuredLoadBalancer', 'Ensured load balancer')];
  },
};

function addressesInUse(store: StoreView): Set<string> {
  const used = store.list('Service').flatMap((s) => (statusOf(s).loadBalancer?.ingress ?? []).map((i) => i.ip ?? ''));
  return new Set(used.filter(Boolean));
}

function withIngress(service: StoredObject, ingress: { ip: string; ipMode: string }[]): Action {
  return { type: 'patchStatus', object: { ...service, status: { ...(service.status as object), loadBalancer: ingress.length > 0 ? { ingress } : {} } } };
}

function event(service: StoredObject, eventType: 'Normal' | 'Warning', reason: string, message: string): Action {
  return { type: 'event', object: service, eventType, reason, message };
}
