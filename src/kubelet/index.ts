/**
 * The kubelet: one agent per node runs the pods bound to it on the simulated container runtime — pod
 * workers that plan and carry out syncs (init containers, sidecars, restarts with CrashLoopBackOff),
 * image pulls with back-off, lifecycle hooks and graceful termination, probes, status reporting, node
 * heartbeats and static pods with their mirror pods. `Kubelets` keeps one agent per Node object.
 */
export { Kubelets, KUBELETS_SERVICE, type ExecOutcome } from './kubelets';
export type { KubeletDeps, NodeFileReader } from './kubelet-deps';
export type { LogsRequest, LogsResult } from './container-logs';
export type { ExecResult, ContainerRuntime } from './container-runtime';
export { ImageRegistry } from './image-registry';
export { NodeAgent } from './node-agent';
export { STATIC_POD_PATH, FILE_CHECK_FREQUENCY_MS } from './static-pods/static-pod-manager';
export { isMirrorPod, CONFIG_MIRROR_ANNOTATION } from './static-pods/mirror-pod';
export { nanoStamp } from './logs';
