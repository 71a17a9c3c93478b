/** The DaemonSet controller: reconcile, placement (node checks, tolerations, pods), rolling-update, status. */
export { daemonSetController } from './reconcile';
export { daemonTolerations, nodeShouldRunDaemonPod } from './placement';
