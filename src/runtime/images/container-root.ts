/**
 * A fresh root filesystem for one container start: the image's base layer plus /dev/null and /proc.
 * A restarted container gets a new one, so files written outside volumes are lost, exactly as with a
 * real container runtime. The kubelet then mounts volumes and its managed files (/etc/hosts,
 * /etc/hostname, /etc/resolv.conf, the service-account token).
 *
 * As containerd's snapshotter does, the image's layer is unpacked once per image version and shared
 * read-only by every container of that image (`sealLayer`); a container's writes are copied up into its
 * own tree (overlayfs), so a container costs only the files it changes.
 */
import { Directory, VirtualFS } from '../vfs';
import { copyUp, sealLayer, type DirNode } from '../vfs/node';
import type { ImageSpec } from './image-spec';

/** Unpacked layers by the entry's `files` function (one per catalog entry), then by version. */
const LAYERS = new WeakMap<ImageSpec['files'], Map<string, { symlinks: ImageSpec['symlinks']; root: DirNode }>>();

export function createContainerRoot(image: ImageSpec, options: { readOnlyRootFilesystem?: boolean; now?: () => number } = {}): VirtualFS {
  const root = new Directory(copyUp(imageLayer(image)) as DirNode);
  // What the runtime mounts at start (devtmpfs, procfs) carries the container's creation time.
  const builder = root.view(options.now);
  for (const dir of ['dev', 'proc']) if (!builder.exists(`/${dir}`)) builder.mkdir(`/${dir}`);
  builder.mknod('/dev/null', 'null');
  return new VirtualFS(root, { readOnlyRoot: options.readOnlyRootFilesystem, now: options.now });
}

/** The image's base layer, unpacked once per image version and sealed as a shared lower layer. */
export function imageLayer(image: ImageSpec): DirNode {
  let versions = LAYERS.get(image.files);
  if (!versions) LAYERS.set(image.files, (versions = new Map()));
  const cached = versions.get(image.version);
  if (cached && cached.symlinks === image.symlinks) return cached.root;
  const root = unpack(image);
  sealLayer(root);
  versions.set(image.version, { symlinks: image.symlinks, root });
  return root;
}

function unpack(image: ImageSpec): DirNode {
  const root = new Directory();
  const builder = root.view();
  for (const dir of ['tmp', 'etc', 'root']) builder.mkdir(`/${dir}`, { recursive: true });
  builder.chmod('/tmp', 0o1777);
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
  return root.node;
}
