/**
 * A fresh root filesystem for one container start: the image's base layer plus /tmp and
 * /dev/null. A restarted container gets a new one, so files written outside volumes are lost,
 * exactly as with a real container runtime. The kubelet then mounts volumes and its managed files
 * (/etc/hosts, /etc/hostname, /etc/resolv.conf, the service-account token).
 */
import { Directory, VirtualFS } from '../vfs';
import type { ImageSpec } from './image-spec';

export function createContainerRoot(image: ImageSpec, options: { readOnlyRootFilesystem?: boolean; now?: () => number } = {}): VirtualFS {
  const root = new Directory();
  const builder = root.view(options.now);
  for (const dir of ['tmp', 'dev', 'etc', 'proc', 'root']) builder.mkdir(`/${dir}`, { recursive: true });
  builder.chmod('/tmp', 0o1777);
  builder.mknod('/dev/null', 'null');
  for (const [path, content] of Object.entries(image.files(image.version))) {
    if (path.endsWith('/')) builder.mkdir(`/${path}`, { recursive: true });
    else root.writeFile(path, content);
  }
  for (const [path, target] of Object.entries(image.symlinks ?? {})) {
    const parent = path.split('/').slice(0, -1).join('/');
    if (parent) builder.mkdir(`/${parent}`, { recursive: true });
    if (builder.exists(`/${path}`)) builder.removeTree(`/${path}`);
    builder.symlink(target, `/${path}`);
  }
  return new VirtualFS(root, { readOnlyRoot: options.readOnlyRootFilesystem, now: options.now });
}
