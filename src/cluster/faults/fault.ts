/**
 * The faults a chaos run can inject, each through the cluster's public driving API (the same calls as the
 * node, kubelet and scheduler steps): a kubelet that stops reporting and later comes back, a container
 * whose process dies, a pod deleted as `kubectl delete pod` would, a scheduler that stops and restarts.
 */
import type { StoredObject } from '../../api';
import type { Pod } from '../../api/schemas';
import type { Cluster } from '../cluster';
import { kubelets, nodeFaults } from '../kubelet-component';
import { schedulerControl } from '../scheduler-component';

export type FaultKind = 'node-outage' | 'container-crash' | 'pod-deletion' | 'scheduler-outage';

export const FAULT_KINDS: readonly FaultKind[] = ['node-outage', 'container-crash', 'pod-deletion', 'scheduler-outage'];

export type Fault =
  | { readonly kind: 'node-outage'; readonly node: string; readonly forMs: number }
  | { readonly kind: 'container-crash'; readonly namespace: string; readonly pod: string; readonly container: string; readonly exitCode: number }
  | { readonly kind: 'pod-deletion'; readonly namespace: string; readonly pod: string }
  | { readonly kind: 'scheduler-outage'; readonly forMs: number };

/** What the fault does, for the timeline and reports: `Node node-2: kubelet stops reporting for 45s`. */
export function describeFault(fault: Fault): { object: string; text: string } {
  switch (fault.kind) {
    case 'node-outage':
      return { object: `Node ${fault.node}`, text: `fault: kubelet stops reporting for ${fault.forMs / 1000}s` };
    case 'container-crash':
      return { object: `Pod ${fault.namespace}/${fault.pod}`, text: `fault: container ${fault.container} crashes with exit code ${fault.exitCode}` };
    case 'pod-deletion':
      return { object: `Pod ${fault.namespace}/${fault.pod}`, text: 'fault: pod deleted' };
    case 'scheduler-outage':
      return { object: 'kube-scheduler', text: `fault: scheduler stops for ${fault.forMs / 1000}s` };
  }
}

/** Starts the fault now; returns how to end it (outages), or undefined when it ends by itself. */
export function startFault(cluster: Cluster, fault: Fault): (() => void) | undefined {
  switch (fault.kind) {
    case 'node-outage':
      nodeFaults(cluster).notReady(fault.node);
      return () => nodeFaults(cluster).ready(fault.node);
    case 'container-crash':
      kubelets(cluster).exitContainer(cluster.api.get('Pod', fault.namespace, fault.pod) as StoredObject<Pod>, fault.container, fault.exitCode);
      return undefined;
    case 'pod-deletion':
      cluster.api.delete('Pod', fault.namespace, fault.pod);
      return undefined;
    case 'scheduler-outage':
      schedulerControl(cluster).stop();
      return () => schedulerControl(cluster).start();
  }
}
