/**
 * Wires storage into a cluster: the storage admission plugins (DefaultStorageClass,
 * StorageObjectInUseProtection, PersistentVolumeClaimResize), the PV controller with its 15s resync,
 * the protection and expansion controllers, kind's local-path provisioner, and the kubelet's
 * VolumeHost (`context.services` `'volumes'`) whose directories are runtime vfs trees. Volume data
 * follows pods and nodes: a deleted pod's emptyDirs and attachments go, a removed node's disk goes.
 */
import { defaultStorageClassAdmission } from '../api/admission/default-storage-class';
import type { StoredObject } from '../api';
import type { PersistentVolume, Pod } from '../api/schemas';
import { SeededRandom } from '../clock';
import {
  createLocalPathProvisioner, createPvBinderController, installPvResync, nodeVolumeExpansionController, pvcProtectionController, pvProtectionController,
  volumeResizerController,
} from '../controllers';
import { DirectoryRoot, type MountSource } from '../runtime/vfs';
import { claimResizeAdmission, locateVolume, relativePath, storageObjectInUseProtection, VOLUMES_SERVICE, VolumeHost, watchReclaimedData, type VolumeDirectory } from '../storage';
import type { Cluster } from './cluster';
import type { ClusterContext, Component } from './component';

export const storageComponent: Component = {
  name: 'storage',
  install(context) {
    const { api, runner, clock, services, options } = context;
    api.registerAdmission(defaultStorageClassAdmission(api.store));
    api.registerAdmission(storageObjectInUseProtection);
    api.registerAdmission(claimResizeAdmission(api.store));
    const binder = createPvBinderController();
    for (const controller of [binder, pvcProtectionController, pvProtectionController, volumeResizerController, nodeVolumeExpansionController]) {
      runner.register(controller);
    }
    runner.register(createLocalPathProvisioner(localPathIdentity(options.seed)));
    installPvResync(binder, runner, clock, api.store);
    services.set(VOLUMES_SERVICE, installVolumeHost(context));
  },
};

function installVolumeHost({ api }: ClusterContext): VolumeHost<MountSource> {
  const host = new VolumeHost<MountSource>(api.store, () => new VfsVolumeDirectory());
  watchReclaimedData(api.store, host.data);
  api.store.watch('Pod', (event) => {
    if (event.type === 'DELETED') host.tearDownPodVolumes(event.object as StoredObject<Pod>);
  });
  api.store.watch('Node', (event) => {
    if (event.type === 'DELETED') host.data.removeNode(event.object.metadata.name);
  });
  return host;
}

/**
 * The provisioner's event source, `rancher.io/local-path_<pod name>_<uuid>`, drawn from its own seeded
 * generator so that adding storage does not shift the names and uids the rest of the cluster draws.
 */
function localPathIdentity(seed: number): string {
  const random = new SeededRandom(seed + 0x10ca1);
  return `rancher.io/local-path_local-path-provisioner-7dc846544d-${random.string(5)}_${random.uuid()}`;
}

/**
 * A runtime vfs directory seen through storage's VolumeDirectory interface, and its own root node and mount
 * source (`DirectoryRoot`): every pod's service-account volume has one, so it is one object rather than a
 * wrapper, a `Directory` and its node (a bag of closures before those cost ≈ 0.7 KiB per pod). It keeps no view
 * of its own (a `VirtualFS` per directory, for the rare `kindAt`): one is made for the call, as the
 * Directory's own methods do.
 */
class VfsVolumeDirectory extends DirectoryRoot implements VolumeDirectory<MountSource> {
  kindAt(path: string): 'dir' | 'file' | 'other' | undefined {
    const fs = this.view();
    if (!fs.exists(`/${path}`)) return undefined;
    const kind = fs.stat(`/${path}`).kind;
    return kind === 'dir' || kind === 'file' ? kind : 'other';
  }
  /** Unlike `Directory.remove`, a missing path is no error (VolumeDirectory's contract). */
  override remove(path: string): void {
    if (this.exists(path)) super.remove(path);
  }
  mountSource(path: string): MountSource {
    return path === '' ? this : this.subPath(path);
  }
}

/** The cluster's VolumeHost (volume data on nodes, NFS servers and disks); throws when storage is not installed. */
export function volumeHost(cluster: Cluster): VolumeHost<MountSource> {
  const host = cluster.context.services.get(VOLUMES_SERVICE) as VolumeHost<MountSource> | undefined;
  if (!host) throw new Error('this cluster runs no storage component');
  return host;
}

/** Files on a simulated machine by absolute path, for drivers that prepare or inspect volume data. */
export interface MachineFiles {
  write(path: string, content: string): void;
  mkdir(path: string): void;
  has(path: string): boolean;
  /** Entry names in the directory at `path`; [] when it is missing. */
  list(path: string): string[];
}

/**
 * A node's own filesystem: hostPath and local volumes live here. Preparing files on a node the cluster does
 * not have is refused: they would sit where no pod can see them (a page's `kind-worker` on a cluster whose
 * node is `node-1`). Reading stays open, since a removed node's disk is gone and has no paths.
 */
export function nodeFiles(cluster: Cluster, node: string): MachineFiles {
  const files = machineFiles(volumeHost(cluster).data.nodeRoot(node));
  const known = (): void => {
    if (cluster.get('Node', undefined, node)) return;
    const names = cluster.api.store.list('Node').map((n) => n.metadata.name);
    throw new Error(`there is no node "${node}" (the cluster's nodes: ${names.join(', ') || 'none'})`);
  };
  return { ...files, write: (path, content) => (known(), files.write(path, content)), mkdir: (path) => (known(), files.mkdir(path)) };
}

/** A simulated NFS server's exported filesystem. */
export function nfsServerFiles(cluster: Cluster, server: string): MachineFiles {
  return machineFiles(volumeHost(cluster).data.nfsServer(server));
}

/** Absolute paths (under `root`, itself absolute) as paths inside `dir`. */
function machineFiles(dir: VolumeDirectory<MountSource>, root = '/'): MachineFiles {
  const at = (path: string): string => relativePath(`${root}/${path}`);
  return {
    write: (path, content) => {
      const parent = at(path).split('/').slice(0, -1).join('/');
      if (parent) dir.mkdir(parent);
      dir.writeFile(at(path), content);
    },
    mkdir: (path) => dir.mkdir(at(path)),
    has: (path) => dir.kindAt(at(path)) !== undefined,
    list: (path) => (dir.kindAt(at(path)) === 'dir' ? dir.list(at(path)) : []),
  };
}

/**
 * The files of the volume bound to a claim, rooted at the volume: a local-path or local volume on its
 * node, an NFS export, a disk. A plain hostPath volume has no node of its own, so it is found only
 * when its node affinity names one (`kubernetes.io/hostname In [node]`).
 */
export function claimVolumeFiles(cluster: Cluster, namespace: string, claimName: string): MachineFiles {
  const claim = cluster.get('PersistentVolumeClaim', namespace, claimName);
  const volumeName = (claim?.spec as { volumeName?: string } | undefined)?.volumeName;
  const volume = volumeName ? (cluster.get('PersistentVolume', undefined, volumeName) as StoredObject<PersistentVolume> | undefined) : undefined;
  if (!volume) throw new Error(`claim ${namespace}/${claimName} is not bound to a volume`);
  const data = volumeHost(cluster).data;
  const location = locateVolume(volume);
  if (location.kind === 'nfs') return machineFiles(data.nfsServer(location.server), location.path);
  if (location.kind === 'disk') return machineFiles(data.disk(location.id), '');
  const node = volume.spec?.nodeAffinity?.required?.nodeSelectorTerms?.[0]?.matchExpressions?.find((e) => e.key === 'kubernetes.io/hostname')?.values?.[0];
  if (!node) throw new Error(`volume ${volume.metadata.name} is a hostPath without a node of its own`);
  return machineFiles(data.nodeRoot(node), location.path);
}
