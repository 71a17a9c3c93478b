/**
 * A fresh root filesystem for one container start: the image's base layer plus /dev/null and /proc.
 * A restarted container gets a new one, so files written outside volumes are lost, exactly as with a
 * real container runtime. The kubelet then mounts volumes and its managed files (/etc/hosts,
 * /etc/hostname, /etc/resolv.conf, the service-account token).
 *
 * As containerd's snapshotter does, the image's layer is unpacked once per image version and shared
 * read-only by every container of that image (`sealLayer`); a container's writes are copied up into its
 * own tree (overlayfs), so a container costs only the files it changes. What the runtime adds (/dev, /dev/null,
 * /proc) is a sealed layer of its own on top, stamped `CREATION_MTIME`, which each container's `VirtualFS`
 * shows as its creation time: a container that writes nothing outside its volumes shares its whole root.
 */
import { Directory, FsError, VirtualFS, type MountSource } from '../vfs';
import { copyUp, CREATION_MTIME, DEFAULT_DIR_MODE, newDir, newFile, sealLayer, type DirNode } from '../vfs/node';
import type { ImageSpec } from './image-spec';

/** Unpacked layers by the entry's `files` function (one per catalog entry), then by version. */
const LAYERS = new WeakMap<ImageSpec['files'], Map<string, { symlinks: ImageSpec['symlinks']; root: DirNode }>>();

/** A path the container will have something bind-mounted on, and whether that something is a directory. */
export interface Mountpoint {
  readonly path: string;
  readonly dir: boolean;
}

/** What a container will have bound where: the kubelet's managed files and its volumes. */
export interface ContainerMount {
  readonly path: string;
  readonly source: MountSource;
  readonly readOnly: boolean;
}

/** An image layer with a set of mountpoints created, and each mountpoint's physical path (symlinks resolved). */
interface PreparedLayer {
  readonly root: DirNode;
  readonly physical: readonly string[];
}

/**
 * Image layers with a set of mountpoints already created, by layer then by the mountpoints' key; `null`
 * when that set cannot be prepared without its volumes (a mount nested in another, or an error).
 */
const MOUNTPOINT_LAYERS = new WeakMap<DirNode, Map<string, PreparedLayer | null>>();

/** Each image layer's last prepared layer (`mountpointLayer`), with the mountpoints it was asked for. */
const LAST_MOUNTPOINT_LAYER = new WeakMap<DirNode, { readonly mountpoints: readonly Mountpoint[]; readonly prepared: PreparedLayer | null }>();

/** Each image layer with the runtime's /dev, /dev/null and /proc added (`runtimeLayer`). */
const RUNTIME_LAYERS = new WeakMap<DirNode, DirNode>();

export interface ContainerRootOptions {
  readOnlyRootFilesystem?: boolean;
  now?: () => number;
  /** The mounts that will follow, in order: their mountpoints then come from a layer shared by every such container. */
  mountpoints?: readonly Mountpoint[];
  /**
   * Mounts to make, in order (their mountpoints as `mountpoints`). With a prepared layer each is bound at
   * the physical path found when the layer was prepared, which is where `VirtualFS.mount` would bind it.
   */
  mounts?: readonly ContainerMount[];
}

/** Throws the FsError of the first mount that fails, as `VirtualFS.mount` does. */
export function createContainerRoot(image: ImageSpec, options: ContainerRootOptions = {}): VirtualFS {
  const layer = runtimeLayer(imageLayer(image));
  const mounts = options.mounts;
  const prepared = mounts !== undefined || options.mountpoints !== undefined ? mountpointLayer(layer, options) : undefined;
  // The root stays the shared, sealed layer until the container first writes outside its volumes.
  const fs = new VirtualFS({ node: prepared?.root ?? layer }, { readOnlyRoot: options.readOnlyRootFilesystem, now: options.now, createdAt: options.now?.() ?? 0 });
  if (prepared && mounts !== undefined) fs.bindAllPrepared(prepared.physical, mounts);
  for (let i = 0; !prepared && mounts !== undefined && i < mounts.length; i++) {
    const m = mounts[i]!;
    fs.mount(m.path, m.source, m.readOnly ? READ_ONLY : READ_WRITE);
  }
  return fs;
}

/** Mount flags, shared: a container start binds four or five mounts. */
const READ_ONLY = Object.freeze({ readOnly: true });
const READ_WRITE = Object.freeze({ readOnly: false });

/** The mountpoints `options` asks for: its mounts' paths and kinds, or its `mountpoints`. */
function mountpointsOf(options: ContainerRootOptions): readonly Mountpoint[] {
  return options.mounts?.map((m) => ({ path: m.path, dir: m.source.node.kind === 'dir' })) ?? options.mountpoints ?? [];
}

/** Whether `options` asks for exactly the mountpoints `points`, compared in place (no list or key is built). */
function sameMountpoints(points: readonly Mountpoint[], options: ContainerRootOptions): boolean {
  const mounts = options.mounts;
  const asked = options.mountpoints ?? [];
  const count = mounts !== undefined ? mounts.length : asked.length;
  if (points.length !== count) return false;
  for (let i = 0; i < count; i++) {
    const point = points[i]!;
    const path = mounts !== undefined ? mounts[i]!.path : asked[i]!.path;
    const dir = mounts !== undefined ? mounts[i]!.source.node.kind === 'dir' : asked[i]!.dir;
    if (point.path !== path || point.dir !== dir) return false;
  }
  return true;
}

/** Every container's empty /proc lists these (no) entries; a write first copies them up (see `copyUp`). */
const NO_ENTRIES = new Map<string, never>();

/**
 * The layer with what the runtime mounts at start (devtmpfs with /dev/null, procfs) added, as a container
 * started on it had them before: /dev made unless the image has one, /dev/null made (replacing the image's),
 * an empty /proc unless the image has one. Their times are `CREATION_MTIME`, each container's own.
 */
function runtimeLayer(layer: DirNode): DirNode {
  let withRuntime = RUNTIME_LAYERS.get(layer);
  if (withRuntime) return withRuntime;
  withRuntime = copyUp(layer) as DirNode;
  const builder = new VirtualFS({ node: withRuntime }, { now: () => CREATION_MTIME });
  if (!builder.exists('/dev')) builder.mkdir('/dev');
  builder.mknod('/dev/null', 'null');
  if (!builder.exists('/proc')) withRuntime.entries.set('proc', { kind: 'dir', entries: NO_ENTRIES, mode: DEFAULT_DIR_MODE, mtime: CREATION_MTIME });
  sealLayer(withRuntime);
  RUNTIME_LAYERS.set(layer, withRuntime);
  return withRuntime;
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

/**
 * The layer with `mountpoints` created exactly as `VirtualFS.mount` creates them (empty files and
 * directories, mtime 0), built once per image layer and set of mountpoints and sealed like the layer:
 * the kubelet mounts the same /etc/hosts, /etc/resolv.conf and service-account paths into every
 * container of a template, so those copied-up directories need not be private to each container.
 */
function mountpointLayer(layer: DirNode, options: ContainerRootOptions): PreparedLayer | null {
  // The replicas of a template start one after another with the same mounts: the layer's last answer is
  // checked first, in place, before a key is built.
  const last = LAST_MOUNTPOINT_LAYER.get(layer);
  if (last !== undefined && sameMountpoints(last.mountpoints, options)) return last.prepared;
  let byKey = MOUNTPOINT_LAYERS.get(layer);
  if (!byKey) MOUNTPOINT_LAYERS.set(layer, (byKey = new Map()));
  const mountpoints = mountpointsOf(options);
  const key = mountpoints.map((m) => `${m.dir ? 'd' : 'f'}${m.path}`).join('\0');
  let prepared = byKey.get(key);
  if (prepared === undefined) byKey.set(key, (prepared = prepareMountpoints(layer, mountpoints)));
  LAST_MOUNTPOINT_LAYER.set(layer, { mountpoints, prepared });
  return prepared;
}

function prepareMountpoints(layer: DirNode, mountpoints: readonly Mountpoint[]): PreparedLayer | null {
  const root = new Directory(copyUp(layer) as DirNode);
  const fs = root.view();
  const standIns = mountpoints.map((m) => (m.dir ? newDir() : newFile('')));
  let physical: string[];
  try {
    physical = mountpoints.map((m, i) => fs.mount(m.path, { node: standIns[i]! }));
  } catch (error) {
    if (error instanceof FsError) return null;
    throw error;
  }
  // A mountpoint created inside an earlier mount lives in that volume, not in the layer: not shareable.
  if (standIns.some((node) => node.kind === 'dir' && node.entries.size > 0)) return null;
  sealLayer(root.node);
  return { root: root.node, physical };
}
