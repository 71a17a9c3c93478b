/**
 * The scheduler layer: kube-scheduler's default profile in miniature. A cache of NodeInfos kept from watch
 * events, a scheduling queue with back-off, Filter plugins (one file each in `plugins/`), scoring, and
 * Kubernetes' FailedScheduling messages. It places pods by binding them; it never runs them.
 */
export { Scheduler, type SchedulerAction, type SchedulerControl, type SchedulerController, type SchedulerDeps, type SchedulerRunner } from './scheduler';
export { DEFAULT_SCHEDULER_NAME } from './event-handlers';
export { fitErrorMessage, preemptionMessage, type Diagnosis } from './fit-error';
export { podRequests, type Resource } from './resources';
