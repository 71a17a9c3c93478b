/**
 * The inode types of the virtual filesystem. A directory's entries map names to nodes, so two
 * mounts of the same directory node share every write, as two bind mounts of one host dir do.
 */
import { BoundedMemo } from '../../api/bounded-memo';
import { copyOwner } from './ownership';

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

/**
 * A file whose content is computed on first read and kept from then on; a write replaces it like any file's.
 * One field holds the source until the first read, then the text: every pod's token and /etc/hosts is one.
 */
class DeferredFile implements FileNode {
  /** On the prototype: every pod keeps two of these (its token and /etc/hosts), and the kind never changes. */
  get kind(): 'file' {
    return 'file';
  }

  constructor(
    private value: string | DeferredText,
    public mtime: number,
    public mode: number,
  ) {}

  get content(): string {
    const value = this.value;
    if (typeof value === 'string') return value;
    return (this.value = value.read());
  }

  set content(text: string) {
    this.value = text;
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

/**
 * A sealed file node with `content` (mtime 0, mode 0644), the same node for the same text while it is
 * remembered: every pod's service-account volume holds the namespace's `ca.crt` and `namespace` files, and
 * a node per pod for the same string cost ≈ 110 B per pod. Sealed like a layer's files, a node is never
 * written in place: a write through a mount copies it up into its directory first (`copyUp`).
 * Bounded: only short texts, and the table starts over when full.
 */
export function sharedFile(content: string): FileNode {
  let node = SHARED_FILES.get(content);
  if (node === undefined) {
    if (content.length > MAX_SHARED_FILE_LENGTH) return newFile(content);
    node = { kind: 'file', content, mode: DEFAULT_FILE_MODE, mtime: 0 };
    LOWER_LAYER.add(node);
    SHARED_FILES.set(content, node);
  }
  return node;
}

const SHARED_FILES = new BoundedMemo<string, FileNode>(1024);
const MAX_SHARED_FILE_LENGTH = 4096;

/** The private copy of a lower-layer node: one level deep, its children stay shared until written. */
export function copyUp(node: FsNode): FsNode {
  const copy = node.kind === 'dir' ? { ...node, entries: new Map(node.entries) } : copyLeaf(node);
  copyOwner(node, copy);
  return copy;
}

/** Deep copy, used when an image's base layer becomes a fresh container rootfs. */
export function cloneNode(node: FsNode): FsNode {
  const copy = node.kind === 'dir' ? { ...node, entries: new Map<string, FsNode>() } : copyLeaf(node);
  if (node.kind === 'dir') for (const [name, child] of node.entries) (copy as DirNode).entries.set(name, cloneNode(child));
  copyOwner(node, copy);
  return copy;
}

/** A file is copied field by field: a spread would miss a deferred file's content (an accessor). */
function copyLeaf(node: FileNode | SymlinkNode | DeviceNode): FsNode {
  return node.kind === 'file' ? newFile(node.content, node.mtime, node.mode) : { ...node };
}
