/**
 * What the scheduler's volume plugins decide about a pod's claims (kube-scheduler's VolumeBinding and
 * VolumeRestrictions, pkg/scheduler/framework/plugins/volumebinding): pure functions over the
 * `VolumeListers` the cluster wires, which the scheduler wraps in its plugins.
 */
export * from './volume-listers';
export * from './pod-volume-claims';
export * from './find-pod-volumes';
export * from './bind-pod-volumes';
