/** The Job controller, split as pkg/controller/job is: reconcile, job-state, job-status, conditions, backoff, indexes, job-pod. */
export { jobController } from './reconcile';
export { JOB_TRACKING_FINALIZER } from './job-pod';
export { COMPLETION_INDEX } from './indexes';
export { findCondition, isJobFinished, type JobCondition } from './conditions';
export { backoffFor } from './backoff';
