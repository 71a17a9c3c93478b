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
export const DEFAULT_DIR_MODE = 0o755;

export function newDir(mtime = 0, mode = DEFAULT_DIR_MODE): DirNode {
  return { kind: 'dir', entries: new Map(), mode, mtime };
}

export function newFile(content: string, mtime = 0, mode = DEFAULT_FILE_MODE): FileNode {
  return { kind: 'file', content, mode, mtime };
}

/** Deep copy, used when an image's base layer becomes a fresh container rootfs. */
export function cloneNode(node: FsNode): FsNode {
  if (node.kind !== 'dir') return { ...node };
  const entries = new Map<string, FsNode>();
  for (const [name, child] of node.entries) entries.set(name, cloneNode(child));
  return { ...node, entries };
}
