/**
 * The Deployment controller, split by concern as pkg/controller/deployment is: reconcile (entry), sync
 * (shared steps), rolling, recreate, progress, status, fenceposts, annotations, replica-sets.
 */
export { deploymentController } from './reconcile';
export { resolveFenceposts, scaledValue, newRSNewReplicas, maxSurge, maxUnavailable } from './fenceposts';
export { REVISION, REVISION_HISTORY, CHANGE_CAUSE, SKIPPED_ANNOTATIONS, revisionOf } from './annotations';
export { POD_TEMPLATE_HASH, equalIgnoreHash, withoutHash } from './replica-sets';
