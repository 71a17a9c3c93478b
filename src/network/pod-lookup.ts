/** Finding the pod behind an address, as routing on a node does: pod IPs, hostNetwork pods and hostPorts. */
import type { PodSpec } from '../api/schemas';
import { isPodTerminal, podIP } from './endpoints/pod-endpoints';
import type { KubeObject, StoreView } from './endpoints/store-view';

const specOf = (pod: KubeObject): PodSpec => (pod.spec ?? {}) as PodSpec;

/** The live pod that owns `ip` in the pod network (hostNetwork pods share their node's IP instead). */
export function podWithIP(store: StoreView, ip: string): KubeObject | undefined {
  return store.list('Pod').find((pod) => !specOf(pod).hostNetwork && !isPodTerminal(pod) && podIP(pod) === ip);
}

/** A pod on `node` answering `port` on the node's IP: a hostPort mapping, or a hostNetwork pod. */
export function podOnNodePort(store: StoreView, node: string, port: number): { pod: KubeObject; port: number } | undefined {
  const pods = store.list('Pod').filter((pod) => specOf(pod).nodeName === node && !isPodTerminal(pod) && podIP(pod));
  for (const pod of pods) {
    for (const container of specOf(pod).containers ?? []) {
      const mapping = container.ports?.find((p) => p.hostPort === port && (p.protocol ?? 'TCP') === 'TCP');
      if (mapping?.containerPort !== undefined) return { pod, port: mapping.containerPort };
    }
  }
  const hostNetwork = pods.filter((pod) => specOf(pod).hostNetwork);
  return hostNetwork.length > 0 ? { pod: hostNetwork[0]!, port } : undefined;
}

export function hostNetworkPodsOn(store: StoreView, node: string): KubeObject[] {
  return store.list('Pod').filter((pod) => specOf(pod).hostNetwork && specOf(pod).nodeName === node && !isPodTerminal(pod));
}
