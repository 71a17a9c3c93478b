/**
 * A directory tree owned outside any one container: an emptyDir (lives with the pod), a PV's data
 * dir (lives with the PV, so data survives pod deletion), a ConfigMap/Secret projection, or an
 * image's base layer. Mount it into as many `VirtualFS` views as share it.
 */
import { type DeferredText, type DirNode, type FileNode, type FsNode, cloneNode, copyUp, DEFAULT_DIR_MODE, DEFAULT_FILE_MODE, isLowerLayer, newDir, newFile, sharedFile } from './node';
import { FsError } from './fs-error';
import { VirtualFS, type MountSource } from './virtual-fs';
import { dirname, splitPath } from './path';

export class Directory implements MountSource {
  /**
   * The tree's root node. A `DirectoryRoot` is its own, passes `null` and has no such field at all (declared,
   * not defined): every pod's service-account volume is one, and an unused field is a pointer per pod.
   */
  private declare readonly root: DirNode;

  constructor(node: DirNode | null = newDir()) {
    if (node !== null) this.root = node;
  }

  get node(): DirNode {
    return this.root;
  }

  /** Builds a tree from `{ 'etc/hostname': 'web\n' }`; parents are created as needed. */
  static fromFiles(files: Readonly<Record<string, string>>): Directory {
    const dir = new Directory();
    for (const [path, content] of Object.entries(files)) dir.writeFile(path, content);
    return dir;
  }

  /** A writable view rooted at this directory, for code that fills it (storage, kubelet). */
  view(now?: () => number): VirtualFS {
    return new VirtualFS(this, { now });
  }

  writeFile(path: string, content: string | DeferredText, mode?: number): void {
    // A new file at the top (a volume plugin's `token`, `ca.crt`): the entry the walk below would make, under
    // the caller's own name string rather than a copy split from the path.
    if (isPlainName(path) && !this.node.entries.has(path) && !isLowerLayer(this.node)) {
      this.node.entries.set(path, newFile(content, 0, mode ?? DEFAULT_FILE_MODE));
      return;
    }
    const fs = this.view();
    const parent = dirname(`/${splitPath(path).join('/')}`);
    fs.mkdir(parent, { recursive: true });
    fs.writeFile(`/${path}`, content, { mode });
  }

  readFile(path: string): string {
    return this.view().readFile(`/${path}`);
  }

  exists(path: string): boolean {
    return this.view().exists(`/${path}`);
  }

  mkdir(path: string): void {
    this.view().mkdir(`/${path}`, { recursive: true });
  }

  symlink(target: string, path: string): void {
    this.view().symlink(target, `/${path}`);
  }

  remove(path: string): void {
    this.view().removeTree(`/${path}`);
  }

  /** Entry names at `path` ('' for the top), sorted. */
  list(path = ''): string[] {
    return this.view().readdir(`/${path}`);
  }

  /** Deep copy: an image's base layer cloned into a fresh container rootfs. */
  clone(): Directory {
    return new Directory(cloneNode(this.node) as DirNode);
  }

  /**
   * A volume `subPath`: the node at `path` inside this tree, created as a directory when missing
   * (the kubelet does the same for directory subPaths).
   */
  subPath(path: string): MountSource {
    const fs = this.view();
    if (!fs.exists(`/${path}`)) fs.mkdir(`/${path}`, { recursive: true });
    const node = this.nodeAt(path);
    if (node.kind !== 'dir' && node.kind !== 'file') throw new FsError('EINVAL', path);
    return { node };
  }

  /**
   * The node a subPath mount binds. A mount binds the node itself, and writes through a mount never copy its
   * own node up, so a shared (sealed) node on the way is copied up into this private tree first, as a write
   * would: a container writing to its subPath file must not change other trees' shared node (`sharedFile`).
   */
  private nodeAt(path: string): DirNode | FileNode | { kind: 'other' } {
    const real = this.view().realpath(`/${path}`);
    let node: DirNode | FileNode = this.node;
    const privateTree = !isLowerLayer(node);
    for (const part of splitPath(real)) {
      let child: FsNode | undefined = node.kind === 'dir' ? node.entries.get(part) : undefined;
      if (!child || (child.kind !== 'dir' && child.kind !== 'file')) return { kind: 'other' };
      if (privateTree && isLowerLayer(child)) (node as DirNode).entries.set(part, (child = copyUp(child) as DirNode | FileNode));
      node = child;
    }
    return node;
  }
}

/**
 * An empty directory that is its own root node (a `DirNode` with the tree's operations): one object where a
 * `Directory` and its node are two. Every pod's service-account volume is one, kept for the pod's life.
 */
export class DirectoryRoot extends Directory implements DirNode {
  readonly kind = 'dir';
  readonly entries = new Map<string, FsNode>();
  mode = DEFAULT_DIR_MODE;
  mtime = 0;

  constructor() {
    super(null);
  }

  override get node(): DirNode {
    return this;
  }

  /** A new top-level file of plain text and the default mode is a shared sealed node (`sharedFile`). */
  override writeFile(path: string, content: string | DeferredText, mode?: number): void {
    if (typeof content === 'string' && mode === undefined && isPlainName(path) && !this.entries.has(path) && !isLowerLayer(this)) {
      this.entries.set(path, sharedFile(content));
      return;
    }
    super.writeFile(path, content, mode);
  }
}

/** A single path component that names an entry (not `.`, `..` or empty). */
function isPlainName(path: string): boolean {
  return path !== '' && path !== '.' && path !== '..' && !path.includes('/');
}
