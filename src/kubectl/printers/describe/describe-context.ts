/** What a describer may read besides the object itself. */
import { type KubeObject } from '../../../api/object';

export interface DescribeContext {
  now: number;
  /** Events whose involvedObject is the described object; undefined with `--show-events=false` (no Events section). */
  events: readonly KubeObject[] | undefined;
  /** Related objects: a Deployment's ReplicaSets, a Service's EndpointSlices, a node's pods, a PVC's pods. */
  list(kind: string, namespace?: string): readonly KubeObject[];
}

/** Related objects of a kind the store may not serve (a node's Lease): none, rather than an error. */
export function listOrEmpty(ctx: DescribeContext, kind: string, namespace?: string): readonly KubeObject[] {
  try {
    return ctx.list(kind, namespace);
  } catch {
    return [];
  }
}
