/**
 * The workload controllers of kube-controller-manager (issue 4), in one list for the cluster to register.
 */
import type { Controller } from './controller';
import { deploymentController } from './deployment';
import { cronJobController } from './cron-job';
import { daemonSetController } from './daemon-set';
import { jobController } from './job';
import { ttlAfterFinishedController } from './ttl-after-finished';
import { replicaSetController } from './replica-set';
import { replicationControllerController } from './replication-controller';
import { statefulSetController } from './stateful-set';

export interface WorkloadControllerOptions {
  /** Before Kubernetes 1.12 the DaemonSet controller bound its pods itself (ScheduleDaemonSetPods off). */
  legacyDaemonSetScheduling: boolean;
}

export function workloadControllers(options: WorkloadControllerOptions): Controller[] {
  return [replicaSetController, replicationControllerController, deploymentController, jobController, ttlAfterFinishedController, cronJobController, daemonSetController(options.legacyDaemonSetScheduling), statefulSetController];
}
