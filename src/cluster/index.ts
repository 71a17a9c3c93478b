/**
 * The cluster layer: builds a simulated cluster from options and wires every component into it.
 * This is the public driving API that kubectl, the grader, the CLI and the steps all use.
 */
export { Cluster } from './cluster';
export { ClusterOptions, NodeOptions, type ClusterOptionsInput } from './options';
export type { ClusterContext, Component } from './component';
export { WaitTimeoutError, VirtualTimeLimitError, formatTimeline } from './wait-timeout-error';
export { timelineDigest } from './timeline-digest';
export { RunBudget, RunawayError, type RunLimits } from './run-budget';
export * from './faults';
export * from './default-objects';
export { containerState } from './timeline-writer';
export { nodeOptionsFromTable } from './node-table';
export { schedulerControl } from './scheduler-component';
export { clusterNetwork } from './network-component';
export { volumeHost, nodeFiles, nfsServerFiles, claimVolumeFiles, type MachineFiles } from './storage-component';
export { kubelets, nodeFaults, staticPodFiles } from './kubelet-component';
