/**
 * A container's filesystem as the kubelet and runc assemble it (`pkg/kubelet/kubelet_pods.go` makeMounts):
 * a fresh root from the image, the kubelet-managed /etc/hosts, /etc/hostname and /etc/resolv.conf
 * bind-mounted as files, then each volumeMount — the volume's root or its `subPath` (`subPathExpr`
 * expanded from the container's environment), read-only when the mount or the volume says so.
 */
import type { Container, Pod } from '../../api/schemas';
import type { PodResolvConf } from '../../network';
import { createContainerRoot, expandKubeletVars, FsError, newFile, renderResolvConf, sharedFile, type ContainerMount, type DeferredText, type ImageSpec, type MountSource, type VirtualFS } from '../../runtime';
import type { PodVolume } from '../../storage';
import { deferredHostsFile, podNames } from '../pod-files';

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
    const mounts: ContainerMount[] = [];
    addManagedFileMounts(inputs, mounts);
    addVolumeMounts(inputs, mounts);
    return { fs: createContainerRoot(inputs.image, { readOnlyRootFilesystem: container.securityContext?.readOnlyRootFilesystem === true, now: inputs.now, mounts }) };
  } catch (error) {
    if (!(error instanceof FsError)) throw error;
    return { error: `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error mounting: ${error.message}: unknown` };
  }
}

/** The kubelet-managed files, each its own file node (the kubelet writes them per pod, mtime 0 here). */
function addManagedFileMounts({ pod, podIP, resolvConf }: FilesystemInputs, mounts: ContainerMount[]): void {
  const names = podNames(pod);
  if (!pod.spec?.hostNetwork) mounts.push(managedFile('/etc/hosts', deferredHostsFile(pod, names, podIP)));
  // resolv.conf is the same text for a namespace's pods: one shared sealed node, copied up by a container that writes it.
  mounts.push(managedFile('/etc/hostname', `${names.hostname}\n`), { path: '/etc/resolv.conf', source: { node: sharedFile(renderResolvConf(resolvConf)) }, readOnly: false });
}

function managedFile(path: string, content: string | DeferredText): ContainerMount {
  return { path, source: { node: newFile(content) }, readOnly: false };
}

function addVolumeMounts({ container, volumes, env }: FilesystemInputs, mounts: ContainerMount[]): void {
  const list = container.volumeMounts;
  if (!list) return;
  for (let i = 0; i < list.length; i++) {
    const mount = list[i]!;
    const volume = volumes.get(mount.name ?? '');
    if (!volume) continue;
    const subPath = mount.subPathExpr ? expandKubeletVars(mount.subPathExpr, env) : (mount.subPath ?? '');
    mounts.push({ path: mount.mountPath ?? '', source: volume.mountSource(subPath), readOnly: mount.readOnly === true || volume.readOnly });
  }
}
