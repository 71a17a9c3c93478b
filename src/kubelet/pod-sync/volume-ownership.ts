/**
 * What the kubelet's emptyDir plugin does to the directory it sets up (`pkg/volume/emptydir/empty_dir.go`
 * setupDir: mode 0777, whatever the umask) and, for a pod with `securityContext.fsGroup`, the ownership
 * change of `pkg/volume/volume_linux.go` SetVolumeOwnership: every node of the volume joins the fsGroup,
 * files gain group read/write (read only for a read-only volume), directories group rwx and the setgid bit,
 * so that what containers create there later joins the group too. The docs' security-context-demo shows
 * its emptyDir as `drwxrwsrwx 2 root 2000`.
 * Simplifications: only emptyDir volumes (configMap, secret, projected and PV-backed ones keep root's group);
 * a volume whose root already has the group and the setgid bit is not walked again, as with
 * `fsGroupChangePolicy: OnRootMismatch`, since the kubelet sets a volume up once, not on every pod sync.
 */
import type { Pod } from '../../api/schemas';
import { changeGroupTree, ownerOf, SET_GROUP_ID, type MountSource } from '../../runtime';
import type { PodVolume } from '../../storage';

const EMPTY_DIR_MODE = 0o777;
const READ_WRITE_MASK = 0o660;
const READ_ONLY_MASK = 0o440;
const EXECUTE_MASK = 0o110;

export function prepareVolumeOwnership(pod: Pod, volumes: ReadonlyMap<string, PodVolume<MountSource>>): void {
  const fsGroup = pod.spec?.securityContext?.fsGroup;
  for (const volume of pod.spec?.volumes ?? []) {
    if (!volume.emptyDir) continue;
    const mounted = volumes.get(volume.name ?? '');
    const root = mounted?.mountSource().node;
    if (!mounted || root?.kind !== 'dir') continue;
    if (ownerOf(root).gid === fsGroup && (root.mode & SET_GROUP_ID) !== 0) continue;
    root.mode |= EMPTY_DIR_MODE;
    if (fsGroup === undefined) continue;
    const fileBits = mounted.readOnly ? READ_ONLY_MASK : READ_WRITE_MASK;
    changeGroupTree(root, fsGroup, fileBits, fileBits | EXECUTE_MASK | SET_GROUP_ID);
  }
}
