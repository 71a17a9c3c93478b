/**
 * Wires kube-scheduler into a cluster and hands its stop/start switch to whoever drives the cluster
 * (`When the scheduler stops` / `starts`) through `context.services`.
 */
import { Scheduler, type SchedulerControl } from '../scheduler';
import { storeVolumeListers } from '../storage';
import type { Cluster } from './cluster';
import type { Component } from './component';

const SERVICE = 'scheduler';

export const schedulerComponent: Component = {
  name: 'kube-scheduler',
  install({ api, clock, runner, options, services }) {
    const scheduler = new Scheduler({ store: api.store, clock, seed: options.seed, runner: { register: (c) => runner.register(c), enqueue: (c, key) => runner.enqueue(c, key) }, volumes: storeVolumeListers(api.store) });
    services.set(SERVICE, scheduler satisfies SchedulerControl);
  },
};

/** The running scheduler's stop/start switch; throws when the cluster was built without a scheduler. */
export function schedulerControl(cluster: Cluster): SchedulerControl {
  const control = cluster.context.services.get(SERVICE) as SchedulerControl | undefined;
  if (!control) throw new Error('this cluster runs no scheduler');
  return control;
}
