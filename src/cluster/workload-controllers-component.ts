/** kube-controller-manager's workload controllers: ReplicaSet, ReplicationController, Deployment, DaemonSet, StatefulSet, Job, CronJob. */
import { workloadControllers } from '../controllers';
import type { Component } from './component';

export const workloadControllersComponent: Component = {
  name: 'workload-controllers',
  install({ runner, options }) {
    for (const controller of workloadControllers({ legacyDaemonSetScheduling: options.features.legacyDaemonSetScheduling })) runner.register(controller);
  },
};
