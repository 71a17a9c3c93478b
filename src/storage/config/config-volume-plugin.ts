/**
 * The kubelet's configMap/secret/downwardAPI/projected volume plugins for `VolumeHost`: each pod volume is
 * a directory of its own, (re)written from `projectVolume` on every call of `setUp` — the kubelet calls it
 * on each pod sync, so a changed ConfigMap reaches the files on the next periodic sync (60–90s), as with
 * the Watch change-detection strategy. A changed file is replaced, not rewritten in place: a container
 * that bound the old file through `subPath` keeps the old content, as real subPath mounts do. The token
 * is issued once per pod volume (the kubelet refreshes it only after 80% of its lifetime).
 * Simplifications: modes are computed (`projectVolume`) but VolumeDirectory stores none, and there is no
 * `..data` symlink layer.
 */
import type { StoredObject } from '../../api';
import type { Node, Pod, Volume } from '../../api/schemas';
import { relativePath, type VolumeDirectory } from '../volumes/volume-directory';
import type { PodVolume, VolumePlugin, VolumeProblem } from '../volumes/volume-plugin';
import type { ConfigStore } from './config-objects';
import { isConfigVolume, projectVolume, type Payload } from './volume-projection';

interface ProjectedVolume<Mount> {
  readonly dir: VolumeDirectory<Mount>;
  readonly firstSetUp: number;
  readonly issued: { claims?: string; token?: string };
  files: Payload;
}

/** `directoryFor` gives the pod volume's own directory (VolumeDataStore.emptyDir, gone with the pod). */
export function configVolumePlugin<Mount>(store: ConfigStore, directoryFor: (podUid: string, volume: string) => VolumeDirectory<Mount>, clock: { now(): number }): VolumePlugin<Mount> {
  const volumes = new Map<string, Map<string, ProjectedVolume<Mount>>>();
  return {
    name: 'kubernetes.io/configmap+secret+downward-api+projected',
    canSupport: isConfigVolume,
    setUp(pod: StoredObject<Pod>, volume: Volume, nodeName: string): PodVolume<Mount> | VolumeProblem {
      const byName = volumes.get(pod.metadata.uid) ?? new Map<string, ProjectedVolume<Mount>>();
      volumes.set(pod.metadata.uid, byName);
      const name = volume.name ?? '';
      const previous = byName.get(name);
      const firstSetUp = previous?.firstSetUp ?? clock.now();
      const issued = previous?.issued ?? {};
      const node = store.get('Node', undefined, nodeName) as unknown as Node | undefined;
      const account = store.get('ServiceAccount', pod.metadata.namespace, pod.spec?.serviceAccountName || 'default');
      const context = { now: firstSetUp, nodeAllocatable: node?.status?.allocatable, nodeUid: node?.metadata.uid, serviceAccountUid: account?.metadata.uid, issued };
      const result = projectVolume(pod, volume, store, context);
      if (!result || 'error' in result) return { bucket: 'unmounted', event: { type: 'Warning', reason: 'FailedMount', message: result?.error ?? '', component: 'kubelet' } };
      const projected = previous ?? { dir: directoryFor(pod.metadata.uid, name), firstSetUp, issued, files: new Map() };
      projected.files = writePayload(projected.dir, projected.files, result.files);
      byName.set(name, projected);
      return { name, readOnly: true, mountSource: (subPath = '') => projected.dir.mountSource(relativePath(subPath)) };
    },
    tearDown(pod) {
      volumes.delete(pod.metadata.uid);
    },
  };
}

/**
 * Brings the directory from `before` to `after`, touching only what changed. Returns the payload now on
 * disk: unchanged files keep their `before` entry, so a re-projection retains no second copy of them.
 */
export function writePayload<Mount>(dir: VolumeDirectory<Mount>, before: Payload, after: Payload): Payload {
  for (const path of before.keys()) if (!after.has(path)) dir.remove(path);
  const written: Payload = new Map();
  for (const [path, file] of after) {
    const old = before.get(path);
    written.set(path, old && old.content === file.content && old.mode === file.mode ? old : file);
    if (old?.content === file.content && dir.kindAt(path) === 'file') continue;
    dir.remove(path);
    const parent = path.split('/').slice(0, -1).join('/');
    if (parent) dir.mkdir(parent);
    dir.writeFile(path, file.content);
  }
  return written;
}
