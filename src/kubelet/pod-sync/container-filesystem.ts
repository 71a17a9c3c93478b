/**
 * A container's filesystem as the kubelet and runc assemble it (`pkg/kubelet/kubelet_pods.go` makeMounts):
 * a fresh root from the image, the kubelet-managed /etc/hosts, /etc/hostname and /etc/resolv.conf
 * bind-mounted as files, then each volumeMount — the volume's root or its `subPath` (`subPathExpr`
 * expanded from the container's environment), read-only when the mount or the volume says so.
 */
import type { Container, Pod } from '../../api/schemas';
import type { PodResolvConf } from '../../network';
import { createContainerRoot, Directory, expandKubeletVars, FsError, renderResolvConf, type ImageSpec, type MountSource, type VirtualFS } from '../../runtime';
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
  const fs = createContainerRoot(inputs.image, { readOnlyRootFilesystem: container.securityContext?.readOnlyRootFilesystem === true, now: inputs.now });
  const managed = Directory.fromFiles({
    hosts: hostsFile(pod, inputs.podIP),
    hostname: `${podNames(pod).hostname}\n`,
    'resolv.conf': renderResolvConf(inputs.resolvConf),
  });
  try {
    if (!pod.spec?.hostNetwork) fs.mount('/etc/hosts', managed.subPath('hosts'));
    fs.mount('/etc/hostname', managed.subPath('hostname'));
    fs.mount('/etc/resolv.conf', managed.subPath('resolv.conf'));
    for (const mount of container.volumeMounts ?? []) {
      const volume = inputs.volumes.get(mount.name ?? '');
      if (!volume) continue;
      const subPath = mount.subPathExpr ? expandKubeletVars(mount.subPathExpr, inputs.env) : (mount.subPath ?? '');
      fs.mount(mount.mountPath ?? '', volume.mountSource(subPath), { readOnly: mount.readOnly === true || volume.readOnly });
    }
  } catch (error) {
    if (!(error instanceof FsError)) throw error;
    return { error: `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error mounting: ${error.message}: unknown` };
  }
  return { fs };
}
