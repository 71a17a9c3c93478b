/**
 * The kubelet's volume manager, reduced to one call per pod sync (pkg/kubelet/volumemanager and the
 * volume plugins it drives): `setUpPodVolumes` resolves every pod volume to a directory to bind
 * (emptyDir, hostPath, nfs, persistentVolumeClaim and registered plugins) or says why the pod must keep
 * waiting, with the Events the kubelet and the attach/detach controller would record; the caller
 * retries on its next sync. `tearDownPodVolumes` runs once the pod's containers are gone.
 * Volume types nobody handles are listed in `skipped` and left to the caller.
 */
import type { StoredObject } from '../../api';
import type { PersistentVolume, Pod, Volume } from '../../api/schemas';
import { checkVolumeNodeAffinity } from '../volume-node-affinity';
import { AttachmentTracker, isAttachable, isMultiAttachForbidden, multiAttachMessage } from './attachments';
import { checkHostPathType } from './host-path-type';
import { resolveClaim, type StoreReader } from './resolve-claim';
import { VolumeDataStore } from './volume-data-store';
import { relativePath, type DirectoryFactory, type VolumeDirectory } from './volume-directory';
import { locateVolume } from './volume-location';
import { isProblem, type PodVolume, type VolumeEvent, type VolumePlugin, type VolumeProblem } from './volume-plugin';

export type VolumeSetUp<Mount> =
  | { readonly status: 'ready'; readonly volumes: ReadonlyMap<string, PodVolume<Mount>>; readonly skipped: readonly string[] }
  | {
      readonly status: 'waiting';
      readonly events: readonly VolumeEvent[];
      readonly unmounted: readonly string[];
      readonly unattached: readonly string[];
      readonly failedToProcess: readonly string[];
      /** The populator's errors (`error processing PVC default/data: PVC is not bound`), for logs and the timeline. */
      readonly errors: readonly string[];
    };

/** How long the kubelet waits for volumes before it reports FailedMount (podAttachAndMountTimeout). */
export const POD_ATTACH_AND_MOUNT_TIMEOUT_MS = 2 * 60 * 1000;

export class VolumeHost<Mount> {
  readonly data: VolumeDataStore<Mount>;
  readonly attachments = new AttachmentTracker();
  private readonly plugins: VolumePlugin<Mount>[] = [];

  constructor(
    private readonly store: StoreReader,
    newDirectory: DirectoryFactory<Mount>,
  ) {
    this.data = new VolumeDataStore(newDirectory);
  }

  registerPlugin(plugin: VolumePlugin<Mount>): void {
    this.plugins.push(plugin);
  }

  setUpPodVolumes(pod: StoredObject<Pod>, nodeName: string): VolumeSetUp<Mount> {
    const volumes = new Map<string, PodVolume<Mount>>();
    // Every pod sync passes here: an indexed loop, and the problem and skipped lists only when there is one.
    let problems: [string, VolumeProblem][] | undefined;
    let skipped: string[] | undefined;
    const specs = pod.spec?.volumes ?? NO_VOLUMES;
    for (let i = 0; i < specs.length; i++) {
      const volume = specs[i]!;
      const name = volume.name ?? '';
      const result = this.setUpVolume(pod, volume, name, nodeName);
      if (result === undefined) (skipped ??= []).push(name);
      else if (isProblem(result)) (problems ??= []).push([name, result]);
      else volumes.set(name, result);
    }
    if (problems === undefined) return { status: 'ready', volumes, skipped: skipped ?? NONE_SKIPPED };
    return this.waiting(pod, volumes, problems, skipped ?? NONE_SKIPPED);
  }

  /** A set-up that must wait: the volumes' events, and the lists the kubelet's mount-timeout message names. */
  private waiting(pod: StoredObject<Pod>, volumes: ReadonlyMap<string, PodVolume<Mount>>, problems: readonly [string, VolumeProblem][], skipped: readonly string[]): VolumeSetUp<Mount> {
    const names = (bucket: VolumeProblem['bucket']): string[] => problems.filter(([, p]) => p.bucket === bucket).map(([n]) => n);
    const unmounted = (pod.spec?.volumes ?? []).map((v) => v.name ?? '').filter((n) => !volumes.has(n) && !skipped.includes(n));
    const events = problems.flatMap(([, p]) => (p.event ? [p.event] : []));
    const errors = problems.flatMap(([, p]) => (p.error ? [p.error] : []));
    return { status: 'waiting', events, unmounted, unattached: names('unattached'), failedToProcess: names('failedToProcess'), errors };
  }

  tearDownPodVolumes(pod: StoredObject<Pod>): void {
    this.data.removePod(pod.metadata.uid);
    this.attachments.release(podKey(pod));
    for (const plugin of this.plugins) plugin.tearDown?.(pod);
  }

  private setUpVolume(pod: StoredObject<Pod>, volume: Volume, name: string, nodeName: string): PodVolume<Mount> | VolumeProblem | undefined {
    if (volume.emptyDir) return podVolume(name, this.data.emptyDir(pod.metadata.uid, name), '', false);
    if (volume.hostPath) return this.hostPathVolume(name, name, nodeName, volume.hostPath.path ?? '', volume.hostPath.type);
    if (volume.nfs) return podVolume(name, this.nfsExport(volume.nfs.server ?? '', volume.nfs.path ?? ''), relativePath(volume.nfs.path ?? ''), volume.nfs.readOnly === true);
    if (volume.persistentVolumeClaim) return this.claimVolume(pod, volume, name, nodeName);
    const plugins = this.plugins;
    for (let i = 0; i < plugins.length; i++) if (plugins[i]!.canSupport(volume)) return plugins[i]!.setUp(pod, volume, nodeName);
    return undefined;
  }

  private claimVolume(pod: StoredObject<Pod>, volume: Volume, name: string, nodeName: string): PodVolume<Mount> | VolumeProblem {
    const source = volume.persistentVolumeClaim!;
    const resolved = resolveClaim(this.store, pod.metadata.namespace ?? 'default', source.claimName ?? '');
    // The populator only logs this (no Event): it surfaces in the FailedMount timeout message.
    if (!resolved.ok) return { bucket: 'failedToProcess', error: resolved.error };
    const pv = resolved.volume;
    const node = this.store.get('Node', undefined, nodeName);
    const affinityError = checkVolumeNodeAffinity(pv, nodeName, node?.metadata.labels ?? {});
    if (affinityError) return { bucket: 'unmounted', event: mountError('MountVolume.NodeAffinity check failed', pv.metadata.name, affinityError) };
    const attachProblem = this.attach(pod, pv, nodeName);
    if (attachProblem) return attachProblem;
    return this.persistentVolume(name, pv, nodeName, source.readOnly === true);
  }

  private attach(pod: StoredObject<Pod>, pv: StoredObject<PersistentVolume>, nodeName: string): VolumeProblem | undefined {
    if (!isAttachable(pv)) return undefined;
    const others = this.attachments.otherNodes(pv.metadata.name, nodeName);
    if (others.length > 0 && isMultiAttachForbidden(pv)) {
      const message = multiAttachMessage(pv.metadata.name, pod.metadata.namespace ?? 'default', this.attachments.podsOn(pv.metadata.name, others));
      return { bucket: 'unattached', event: warning('attachdetach-controller', 'FailedAttachVolume', message) };
    }
    this.attachments.attach(pv.metadata.name, nodeName, podKey(pod));
    return undefined;
  }

  private persistentVolume(name: string, pv: StoredObject<PersistentVolume>, nodeName: string, podReadOnly: boolean): PodVolume<Mount> | VolumeProblem {
    const location = locateVolume(pv);
    switch (location.kind) {
      case 'host':
        return this.hostPathVolume(name, pv.metadata.name, nodeName, location.path, location.type, podReadOnly);
      case 'local': {
        const root = this.data.nodeRoot(nodeName);
        if (root.kindAt(relativePath(location.path)) === undefined) {
          return { bucket: 'unmounted', event: mountError('MountVolume.NewMounter initialization failed', pv.metadata.name, `path "${location.path}" does not exist`) };
        }
        return podVolume(name, root, relativePath(location.path), podReadOnly);
      }
      case 'nfs':
        return podVolume(name, this.nfsExport(location.server, location.path), relativePath(location.path), podReadOnly || location.readOnly);
      case 'disk':
        return podVolume(name, this.data.disk(location.id), '', podReadOnly || location.readOnly);
    }
  }

  private hostPathVolume(name: string, specName: string, nodeName: string, path: string, type: string | undefined, readOnly = false): PodVolume<Mount> | VolumeProblem {
    const root = this.data.nodeRoot(nodeName);
    const error = checkHostPathType(root, path, relativePath(path), type);
    if (error) return { bucket: 'unmounted', event: mountError('MountVolume.SetUp failed', specName, error) };
    return podVolume(name, root, relativePath(path), readOnly);
  }

  /** A simulated NFS server exports any path; the export directory is created on first mount. */
  private nfsExport(server: string, path: string): VolumeDirectory<Mount> {
    const root = this.data.nfsServer(server);
    if (root.kindAt(relativePath(path)) === undefined) root.mkdir(relativePath(path));
    return root;
  }
}

const NO_VOLUMES: readonly Volume[] = Object.freeze([]);
/** A ready set-up's `skipped` when nothing was (the usual case): one frozen list; its readers only read it. */
const NONE_SKIPPED: readonly string[] = Object.freeze([]);

function podVolume<Mount>(name: string, dir: VolumeDirectory<Mount>, root: string, readOnly: boolean): PodVolume<Mount> {
  return {
    name,
    readOnly,
    mountSource(subPath = '') {
      const path = [root, relativePath(subPath)].filter((p) => p !== '').join('/');
      if (path !== '' && dir.kindAt(path) === undefined) dir.mkdir(path);
      return dir.mountSource(path);
    },
  };
}

function podKey(pod: StoredObject<Pod>): string {
  return `${pod.metadata.namespace ?? 'default'}/${pod.metadata.name}`;
}

function warning(component: VolumeEvent['component'], reason: string, message: string): VolumeEvent {
  return { type: 'Warning', reason, message, component };
}

/** operationexecutor GenerateError: `<prefix> for volume "<spec name>" : <err>`. */
function mountError(prefix: string, specName: string, error: string): VolumeEvent {
  return warning('kubelet', 'FailedMount', `${prefix} for volume "${specName}" : ${error}`);
}

/**
 * The kubelet's FailedMount once POD_ATTACH_AND_MOUNT_TIMEOUT_MS passed without the volumes being ready
 * (kubelet.go SyncPod → WaitForAttachAndMount). Go's %v prints a []string as `[a b]`.
 */
export function mountTimeoutMessage(waiting: Extract<VolumeSetUp<unknown>, { status: 'waiting' }>): string {
  const list = (names: readonly string[]): string => `[${names.join(' ')}]`;
  return `Unable to attach or mount volumes: unmounted volumes=${list(waiting.unmounted)}, unattached volumes=${list(waiting.unattached)}, failed to process volumes=${list(waiting.failedToProcess)}: context deadline exceeded`;
}
