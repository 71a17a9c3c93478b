/**
 * Where volume data lives in the simulation, so it outlives pods exactly as it does on real machines:
 * - each node has a root tree: hostPath, local and local-path volumes are directories in it, so their
 *   data stays on that node (a pod rescheduled elsewhere sees another node's directory);
 * - each NFS server has a tree shared by every node that mounts from it;
 * - network block disks (CSI and cloud volumes) have a tree per volume, following the volume;
 * - emptyDir volumes live with their pod (keyed by pod uid) and go when the kubelet tears the pod down.
 */
import type { DirectoryFactory, VolumeDirectory } from './volume-directory';

/**
 * A pod's emptyDir directories as a list: a pod has one or two (its service-account volume), and a Map per pod
 * cost ≈ 0.2 KiB.
 */
interface EmptyDir<Mount> {
  readonly volume: string;
  readonly dir: VolumeDirectory<Mount>;
  readonly next: EmptyDir<Mount> | undefined;
}

export class VolumeDataStore<Mount> {
  private readonly nodes = new Map<string, VolumeDirectory<Mount>>();
  private readonly nfsServers = new Map<string, VolumeDirectory<Mount>>();
  private readonly disks = new Map<string, VolumeDirectory<Mount>>();
  private readonly emptyDirs = new Map<string, EmptyDir<Mount>>();

  /** A fresh directory of this host's kind, owned by the caller (a config volume plugin keeps its pods' own). */
  constructor(readonly newDirectory: DirectoryFactory<Mount>) {}

  /** The node's own filesystem (its `/`), created on first use. */
  nodeRoot(node: string): VolumeDirectory<Mount> {
    return getOrCreate(this.nodes, node, this.newDirectory);
  }

  /** Forgets a removed node's disk, as deleting a kind node container does. */
  removeNode(node: string): void {
    this.nodes.delete(node);
  }

  nfsServer(server: string): VolumeDirectory<Mount> {
    return getOrCreate(this.nfsServers, server, this.newDirectory);
  }

  /** A network disk's contents, by a stable identity (`csi:<driver>/<handle>`, `gcePersistentDisk:<pdName>`...). */
  disk(id: string): VolumeDirectory<Mount> {
    return getOrCreate(this.disks, id, this.newDirectory);
  }

  deleteDisk(id: string): void {
    this.disks.delete(id);
  }

  emptyDir(podUid: string, volume: string): VolumeDirectory<Mount> {
    const first = this.emptyDirs.get(podUid);
    for (let entry = first; entry; entry = entry.next) if (entry.volume === volume) return entry.dir;
    const dir = this.newDirectory();
    this.emptyDirs.set(podUid, { volume, dir, next: first });
    return dir;
  }

  /** An emptyDir's data is deleted with its pod. */
  removePod(podUid: string): void {
    this.emptyDirs.delete(podUid);
  }
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = create()));
  return value;
}
