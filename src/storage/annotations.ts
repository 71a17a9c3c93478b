/**
 * The annotations and finalizers the PV controller, provisioners and protection controllers write
 * (component-helpers/storage/volume/helpers.go, pkg/controller/volume/{pvcprotection,pvprotection}).
 */

/** On a claim: the binding is complete. */
export const ANN_BIND_COMPLETED = 'pv.kubernetes.io/bind-completed';
/** On a claim or volume: the controller, not the user, filled in the binding. */
export const ANN_BOUND_BY_CONTROLLER = 'pv.kubernetes.io/bound-by-controller';
/** On a provisioned volume: which provisioner made it. */
export const ANN_DYNAMICALLY_PROVISIONED = 'pv.kubernetes.io/provisioned-by';
/** On a claim: the node the scheduler picked for a WaitForFirstConsumer volume. */
export const ANN_SELECTED_NODE = 'volume.kubernetes.io/selected-node';
/** On a claim: which provisioner should provision it (and its beta twin, still written in v1.32). */
export const ANN_STORAGE_PROVISIONER = 'volume.kubernetes.io/storage-provisioner';
export const ANN_BETA_STORAGE_PROVISIONER = 'volume.beta.kubernetes.io/storage-provisioner';
/** The pre-`storageClassName` way of naming a class; it wins over the field when present. */
export const ANN_BETA_STORAGE_CLASS = 'volume.beta.kubernetes.io/storage-class';
export const ANN_DEFAULT_CLASS = 'storageclass.kubernetes.io/is-default-class';
export const ANN_BETA_DEFAULT_CLASS = 'storageclass.beta.kubernetes.io/is-default-class';

export const PVC_PROTECTION_FINALIZER = 'kubernetes.io/pvc-protection';
export const PV_PROTECTION_FINALIZER = 'kubernetes.io/pv-protection';

export function annotationOf(obj: { metadata: { annotations?: Readonly<Record<string, string>> } }, name: string): string | undefined {
  return obj.metadata.annotations?.[name];
}

export function hasAnnotation(obj: { metadata: { annotations?: Readonly<Record<string, string>> } }, name: string): boolean {
  return annotationOf(obj, name) !== undefined;
}
