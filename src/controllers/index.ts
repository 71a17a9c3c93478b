/**
 * Controllers: each is a small reconcile of one kind reacting to watch events, returning Actions that the
 * one shared ControllerRunner executes. They never call each other; they meet only in the store.
 */
export type { Action, Controller, ControllerContext, StoreView, SuccessEvent, Watch, WatchKeys } from './controller';
export { keyList } from './controller';
export { selfKey } from './controller';
export { ControllerRunner } from './runner';
export { controllerRef, isOwnedBy, ownerKey, keyOfObject } from './owner-references';
export { garbageCollector } from './garbage-collector';
export { namespaceController } from './namespace';
export { serviceAccountController } from './service-account';
export { serviceAccountTokenController } from './service-account-token';
export { workloadControllers, type WorkloadControllerOptions } from './workload-controllers';
export { endpointsController } from './endpoints';
export { endpointSliceController } from './endpoint-slice';
export { endpointSliceMirroringController } from './endpoint-slice-mirroring';
export { cloudLoadBalancerController } from './cloud-load-balancer';
export { nodeLifecycleController } from './node-lifecycle';
export { TaintEvictionController } from './taint-eviction';
export { createPvBinderController } from './pv-binder';
export { installPvResync, PV_RESYNC_PERIOD_MS } from './pv-binder/resync';
export { pvcProtectionController } from './pvc-protection';
export { pvProtectionController } from './pv-protection';
export { createLocalPathProvisioner } from './local-path-provisioner';
export { volumeResizerController, nodeVolumeExpansionController } from './volume-expander';
export { clusterRoleAggregationController, aggregatedRules } from './cluster-role-aggregation';
export { rootCACertPublisher, ROOT_CA_CONFIG_MAP } from './root-ca-cert-publisher';
export { createPodGarbageCollector } from './pod-gc';
export { EventTtl, EVENT_TTL_SECONDS } from './event-ttl';
