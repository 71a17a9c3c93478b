/**
 * The attach/detach controller's view of which node each attachable volume is attached to
 * (pkg/controller/volume/attachdetach/reconciler/reconciler.go). Only network block volumes are
 * attached (CSI, cloud disks, iscsi, fc, rbd); hostPath, local and nfs are not, so they never see a
 * Multi-Attach error. A volume whose access modes include neither ReadWriteMany nor ReadOnlyMany may
 * be attached to one node at a time (isMultiAttachForbidden). Simplification: attach and detach are
 * instantaneous, and a volume detaches as soon as no pod on its node uses it.
 */
import type { PersistentVolume } from '../../api/schemas';

const ATTACHABLE_SOURCES = ['csi', 'gcePersistentDisk', 'awsElasticBlockStore', 'azureDisk', 'cinder', 'vsphereVolume', 'iscsi', 'fc', 'rbd', 'portworxVolume', 'photonPersistentDisk'] as const;

export function isAttachable(volume: PersistentVolume): boolean {
  return ATTACHABLE_SOURCES.some((f) => volume.spec?.[f] !== undefined);
}

export function isMultiAttachForbidden(volume: PersistentVolume): boolean {
  const spec = volume.spec ?? {};
  if (spec.azureDisk || spec.cinder) return true;
  const modes = spec.accessModes ?? [];
  return modes.length > 0 && !modes.includes('ReadWriteMany') && !modes.includes('ReadOnlyMany');
}

/** Volume name → the nodes it is attached to, and which pods on each node hold it. */
export class AttachmentTracker {
  private readonly attached = new Map<string, Map<string, Set<string>>>();

  /** The nodes other than `node` the volume is attached to. */
  otherNodes(volume: string, node: string): string[] {
    return [...(this.attached.get(volume)?.keys() ?? [])].filter((n) => n !== node).sort();
  }

  /** Pod keys (`ns/name`) holding the volume on the given nodes. */
  podsOn(volume: string, nodes: readonly string[]): string[] {
    const byNode = this.attached.get(volume);
    return nodes.flatMap((n) => [...(byNode?.get(n) ?? [])]).sort();
  }

  attach(volume: string, node: string, podKey: string): void {
    const byNode = this.attached.get(volume) ?? this.attached.set(volume, new Map()).get(volume)!;
    const pods = byNode.get(node) ?? byNode.set(node, new Set()).get(node)!;
    pods.add(podKey);
  }

  /** The pod no longer uses its volumes; a node left with no user detaches the volume. */
  release(podKey: string): void {
    for (const [volume, byNode] of this.attached) {
      for (const [node, pods] of byNode) {
        pods.delete(podKey);
        if (pods.size === 0) byNode.delete(node);
      }
      if (byNode.size === 0) this.attached.delete(volume);
    }
  }
}

/**
 * reportMultiAttachError: each waiting pod learns the names of the blocking pods in its own namespace,
 * and only a count of those in others.
 * `Multi-Attach error for volume "pvc-1" Volume is already used by pod(s) web-0 and 1 pod(s) in different namespaces`.
 */
export function multiAttachMessage(volume: string, namespace: string, blockingPodKeys: readonly string[]): string {
  const local = blockingPodKeys.filter((k) => k.startsWith(`${namespace}/`)).map((k) => k.slice(namespace.length + 1));
  const others = blockingPodKeys.length - local.length;
  let detail: string;
  if (blockingPodKeys.length === 0) detail = "Volume is already exclusively attached to one node and can't be attached to another";
  else if (local.length === 0) detail = `Volume is already used by ${others} pod(s) in different namespaces`;
  else detail = `Volume is already used by pod(s) ${local.join(', ')}${others > 0 ? ` and ${others} pod(s) in different namespaces` : ''}`;
  return `Multi-Attach error for volume "${volume}" ${detail}`;
}
