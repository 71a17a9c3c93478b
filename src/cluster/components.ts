/**
 * The components a default cluster runs. Each subsystem adds itself here, in dependency order.
 */
import { EventTtl, garbageCollector, namespaceController, serviceAccountController, serviceAccountTokenController } from '../controllers';
import type { Component } from './component';
import { workloadControllersComponent } from './workload-controllers-component';
import { schedulerComponent } from './scheduler-component';
import { nodeLifecycleComponent } from './node-lifecycle-component';
import { networkComponent } from './network-component';
import { authComponent } from './auth-component';
import { storageComponent } from './storage-component';
import { kubeletComponent } from './kubelet-component';

export function coreComponents(): Component[] {
  return [
    {
      // kube-apiserver's storage: Events expire --event-ttl (1h) after their last write (event-ttl.ts).
      name: 'event-ttl',
      install({ api, clock }) {
        new EventTtl(api.store, clock).install();
      },
    },
    {
      name: 'kube-controller-manager',
      install({ runner }) {
        runner.register(garbageCollector);
        runner.register(namespaceController);
        runner.register(serviceAccountController);
        runner.register(serviceAccountTokenController);
      },
    },
    workloadControllersComponent,
    schedulerComponent,
    nodeLifecycleComponent,
    networkComponent,
    storageComponent,
    kubeletComponent,
    authComponent,
  ];
}
