/**
 * The deprecated Recycle reclaim policy (pkg/volume/util/recyclerclient/recycler_client.go and
 * pkg/volume/util.NewPersistentVolumeRecyclerPodTemplate): a pod `recycler-for-<pv>` in `default` mounts
 * the volume and runs `find /scrub -mindepth 1 -delete`; its events are forwarded to the PV as
 * `RecyclerPod` events prefixed `Recycler pod: `. Simplification: no real pod is created; it lands on the
 * first Ready node by name, and its run takes RECYCLE_MS of virtual time.
 */
import type { StoredObject } from '../../api';

export const RECYCLE_MS = 5000;
export const RECYCLER_IMAGE = 'registry.k8s.io/build-image/debian-base:bookworm-v1.0.4';

export function recyclerPodName(volume: string): string {
  return `recycler-for-${volume}`;
}

/** The node the recycler pod is scheduled to (the one whose hostPath directory gets scrubbed). */
export function recyclerNode(nodes: readonly StoredObject[]): string | undefined {
  const ready = nodes.filter((n) => ((n.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True'));
  const pool = ready.length > 0 ? ready : nodes;
  return pool.map((n) => n.metadata.name).sort()[0];
}

/** The recycler pod's own events, as the PV sees them. */
export function recyclerPodMessages(volume: string, node: string): string[] {
  const pod = recyclerPodName(volume);
  return [
    `Recycler pod: Successfully assigned default/${pod} to ${node}`,
    `Recycler pod: Container image "${RECYCLER_IMAGE}" already present on machine`,
    'Recycler pod: Created container: pv-recycler',
    'Recycler pod: Started container pv-recycler',
  ];
}
