/**
 * The inode types of the virtual filesystem. A directory's entries map names to nodes, so two
 * mounts of the same directory node share every write, as two bind mounts of one host dir do.
 */
export interface FileNode {
  kind: 'file';
  content: string;
  mode: number;
  mtime: number;
}

export interface DirNode {
  kind: 'dir';
  entries: Map<string, FsNode>;
  mode: number;
  mtime: number;
}

export interface SymlinkNode {
  kind: 'symlink';
  target: string;
  mtime: number;
}

/** A character device: `/dev/null` discards writes and reads empty. */
export interface DeviceNode {
  kind: 'device';
  device: 'null';
  mtime: number;
}

export type FsNode = FileNode | DirNode | SymlinkNode | DeviceNode;

export const DEFAULT_FILE_MODE = 0o644;

/**
 * The mtime of nodes the runtime makes at container creation (/dev, /dev/null, /proc): a `VirtualFS` shows
 * its container's creation time in their place, so one sealed node serves every container (its runtime layer,
 * `container-root.ts`) instead of a private copy per container that differs only by a timestamp.
 */
export const CREATION_MTIME = -1;
export const DEFAULT_DIR_MODE = 0o755;

export function newDir(mtime = 0, mode = DEFAULT_DIR_MODE): DirNode {
  return { kind: 'dir', entries: new Map(), mode, mtime };
}

/**
 * File content produced when first read: a projected service-account token that no process reads is
 * never signed (or kept). `read` must return the same text whenever it is called.
 */
export interface DeferredText {
  read(): string;
}

export function newFile(content: string | DeferredText, mtime = 0, mode = DEFAULT_FILE_MODE): FileNode {
  if (typeof content !== 'string') return new DeferredFile(content, mtime, mode);
  return { kind: 'file', content, mode, mtime };
}

/** A file whose content is computed on first read and kept from then on; a write replaces it like any file's. */
class DeferredFile implements FileNode {
  readonly kind = 'file';
  private text: string | undefined;

  constructor(
    private source: DeferredText | undefined,
    public mtime: number,
    public mode: number,
  ) {}

  get content(): string {
    if (this.source) {
      this.text = this.source.read();
      this.source = undefined;
    }
    return this.text ?? '';
  }

  set content(text: string) {
    this.text = text;
    this.source = undefined;
  }
}

/**
 * Nodes of a shared read-only lower layer (an image's base layer, built once per image version). A
 * container's root starts as a private copy of the layer's top directory only; a write copies each node
 * on its path up into the container's private tree first, as overlayfs copies a file up to the upper
 * directory on first write, so containers never see each other's changes and never pay for the files
 * they do not touch. A WeakSet rather than a field keeps every node's shape as it was.
 */
const LOWER_LAYER = new WeakSet<FsNode>();

/** Marks a whole tree as a shared lower layer; from now on it is only read, never written in place. */
export function sealLayer(node: FsNode): void {
  LOWER_LAYER.add(node);
  if (node.kind === 'dir') for (const child of node.entries.values()) sealLayer(child);
}

export function isLowerLayer(node: FsNode): boolean {
  return LOWER_LAYER.has(node);
}

/** The private copy of a lower-layer node: one level deep, its children stay shared until written. */
export function copyUp(node: FsNode): FsNode {
  return node.kind === 'dir' ? { ...node, entries: new Map(node.entries) } : copyLeaf(node);
}

/** Deep copy, used when an image's base layer becomes a fresh container rootfs. */
export function cloneNode(node: FsNode): FsNode {
  if (node.kind !== 'dir') return copyLeaf(node);
  const entries = new Map<string, FsNode>();
  for (const [name, child] of node.entries) entries.set(name, cloneNode(child));
  return { ...node, entries };
}

/** A file is copied field by field: a spread would miss a deferred file's content (an accessor). */
function copyLeaf(node: FileNode | SymlinkNode | DeviceNode): FsNode {
  return node.kind === 'file' ? newFile(node.content, node.mtime, node.mode) : { ...node };
}
