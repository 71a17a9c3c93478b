/**
 * The small filesystem interface storage needs from a directory tree. storage sits beside runtime
 * (design.md layers), so it cannot import `runtime/vfs`; the cluster hands it a factory whose trees are
 * runtime `Directory` objects, and `Mount` is whatever the kubelet binds into a container (a vfs
 * `MountSource`). Paths are relative to the tree's root, without a leading slash ('' is the root).
 */
export type EntryKind = 'dir' | 'file' | 'other';

/**
 * File content computed when a process first reads the file (the runtime's vfs `DeferredText`): a projected
 * service-account token is signed only if someone reads it. `read` returns the same text on every call.
 */
export interface DeferredContent {
  read(): string;
  /** Whether `other` stands for the same text, decided without computing either. */
  sameAs(other: DeferredContent): boolean;
}

export type FileContent = string | DeferredContent;

export interface VolumeDirectory<Mount> {
  /** What is at `path`, following symlinks; undefined when nothing is. */
  kindAt(path: string): EntryKind | undefined;
  /** Creates `path` and its parents as directories. */
  mkdir(path: string): void;
  writeFile(path: string, content: FileContent): void;
  /** Removes `path` and everything under it; nothing happens when it is missing. */
  remove(path: string): void;
  /** Entry names in the directory at `path`, sorted. */
  list(path: string): string[];
  /** The node at `path` ('' for the root) as something the kubelet can mount. */
  mountSource(path: string): Mount;
}

export type DirectoryFactory<Mount> = () => VolumeDirectory<Mount>;

/** `/mnt/data/` → `mnt/data`: a host path as a path inside a node's root tree. */
export function relativePath(path: string): string {
  return path.split('/').filter((part) => part !== '' && part !== '.').join('/');
}

/** Deletes what is inside `path` but keeps the directory itself (the recycler's `find -mindepth 1 -delete`). */
export function scrub<Mount>(dir: VolumeDirectory<Mount>, path: string): void {
  if (dir.kindAt(path) !== 'dir') return;
  for (const entry of dir.list(path)) dir.remove(path ? `${path}/${entry}` : entry);
}
