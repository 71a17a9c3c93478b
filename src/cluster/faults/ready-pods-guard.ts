/**
 * The promise most chaos scenarios check: at least N pods matching a label selector stay Ready (for
 * example every pod behind a Service), as an invariant for `injectRandomFaults`.
 */
import { parseLabelSelector } from '../../api';
import type { Cluster } from '../cluster';
import { isReady } from './fault-targets';

export function keepsReadyPods(cluster: Cluster, selector: string, minimum: number, namespace = 'default'): () => string | undefined {
  const matches = parseLabelSelector(selector);
  return () => {
    const ready = cluster.list('Pod', namespace).filter((p) => !p.metadata.deletionTimestamp && matches.matches(p.metadata.labels) && isReady(p)).length;
    return ready < minimum ? `only ${ready} pod(s) labelled ${selector} were Ready at ${cluster.clock.nowISO()}, fewer than ${minimum}` : undefined;
  };
}
