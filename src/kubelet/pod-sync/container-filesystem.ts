/**
 * A container's filesystem as the kubelet and runc assemble it (`pkg/kubelet/kubelet_pods.go` makeMounts):
 * a fresh root from the image, the kubelet-managed /etc/hosts, /etc/hostname and /etc/resolv.conf
 * bind-mounted as files, then each volumeMount — the volume's root or its `subPath` (`subPathExpr`
 * expanded from the container's environment), read-only when the mount or the volume says so.
 */
import type { Container, Pod } from '../../api/schemas';
import type { PodResolvConf } from '../../network';
import { createContainerRoot, expandKubeletVars, FsError, newFile, renderResolvConf, type ContainerMount, type ImageSpec, type MountSource, type VirtualFS } from '../../runtime';
import type { PodVolume } from '../../storage';
import { hostsFile, podNames } from '../pod-files';

export interface FilesystemInputs {
  readonly pod: Pod;
  readonly container: Container;
  readonly image: ImageSpec;
  readonly env: Readonly<Record<string, string>>;
  readonly volumes: ReadonlyMap<string, PodVolume<MountSource>>;
  readonly podIP: string | undefined;
  readonly resolvConf: PodResolvConf;
  readonly now: () => number;
}

export type FilesystemResult = { readonly fs: VirtualFS } | { readonly error: string };

export function buildContainerFilesystem(inputs: FilesystemInputs): FilesystemResult {
  const { pod, container } = inputs;
  try {
    // As makeMounts does, every mount's source (subPaths included) is prepared before runc mounts any.
    const mounts = [...managedFileMounts(inputs), ...volumeMounts(inputs)];
    return { fs: createContainerRoot(inputs.image, { readOnlyRootFilesystem: container.securityContext?.readOnlyRootFilesystem === true, now: inputs.now, mounts }) };
  } catch (error) {
    if (!(error instanceof FsError)) throw error;
    return { error: `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error mounting: ${error.message}: unknown` };
  }
}

/** The kubelet-managed files, each its own file node (the kubelet writes them per pod, mtime 0 here). */
function managedFileMounts({ pod, podIP, resolvConf }: FilesystemInputs): ContainerMount[] {
  const file = (path: string, content: string): ContainerMount => ({ path, source: { node: newFile(content) }, readOnly: false });
  const mounts = pod.spec?.hostNetwork ? [] : [file('/etc/hosts', hostsFile(pod, podIP))];
  mounts.push(file('/etc/hostname', `${podNames(pod).hostname}\n`), file('/etc/resolv.conf', renderResolvConf(resolvConf)));
  return mounts;
}

function volumeMounts({ container, volumes, env }: FilesystemInputs): ContainerMount[] {
  const mounts: ContainerMount[] = [];
  for (const mount of container.volumeMounts ?? []) {
    const volume = volumes.get(mount.name ?? '');
    if (!volume) continue;
    const subPath = mount.subPathExpr ? expandKubeletVars(mount.subPathExpr, env) : (mount.subPath ?? '');
    mounts.push({ path: mount.mountPath ?? '', source: volume.mountSource(subPath), readOnly: mount.readOnly === true || volume.readOnly });
  }
  return mounts;
}
