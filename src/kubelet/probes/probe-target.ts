/**
 * What a probe (or an httpGet/tcpSocket hook) runs against: the container's exec, the pod's sockets
 * reached at the pod IP from the node, and the container's declared ports for named ports.
 */
import type { Container, IntOrString } from '../../api/schemas';
import type { ListenerTable, NetworkStack } from '../../runtime';
import type { ContainerRuntime } from '../container-runtime';

export interface ProbeTarget {
  readonly runtime: ContainerRuntime;
  readonly containerId: string;
  readonly container: Container;
  readonly podIP: string;
  /** Where the kubelet's connections come from: the node's InternalIP. */
  readonly hostIP: string;
  readonly listeners: ListenerTable | undefined;
  /** For a probe or hook aimed at another `host`: the node's route into the cluster network. */
  readonly network?: NetworkStack;
}

export type ProbeOutcome =
  | { readonly result: 'success'; readonly output: string }
  | { readonly result: 'failure'; readonly output: string }
  /** Success with a note the kubelet turns into a `ProbeWarning` event (a redirect to another host). */
  | { readonly result: 'warning'; readonly output: string };

/** A port given by number or by the name of one of the container's ports (`findPortByName`). */
export function resolvePort(port: IntOrString | undefined, container: Container): number | undefined {
  if (typeof port === 'number') return port;
  if (port === undefined) return undefined;
  if (/^\d+$/.test(port)) return Number(port);
  return container.ports?.find((p) => p.name === port)?.containerPort;
}
