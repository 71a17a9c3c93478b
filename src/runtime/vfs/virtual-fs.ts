/**
 * One container's view of the virtual filesystem: a private root (the image's files) plus mounts
 * that bind a path to a node owned elsewhere (an emptyDir, a PV's data dir, a ConfigMap
 * projection), as runc bind-mounts volumes. Paths resolve physically: symlinks are followed
 * (40 at most, as Linux's MAXSYMLINKS) and `..` leaves a mount back to its mountpoint's parent.
 * A root may sit on a shared lower layer (`sealLayer`): lookups made to write copy the nodes on their
 * path up first, so the layer is never changed in place (see `copyUp`).
 * Simplification: no owners or permission checks (containers run as root unless told otherwise,
 * and kubespec scripts do not depend on EACCES); modes are stored for `ls -l` and ConfigMap modes.
 */
import { FsError, type FsErrorCode } from './fs-error';
import { type DeferredText, type DirNode, type FileNode, type FsNode, copyUp, CREATION_MTIME, DEFAULT_DIR_MODE, DEFAULT_FILE_MODE, isLowerLayer, newDir, newFile } from './node';
import { joinPath, splitPath } from './path';

/** Anything that owns a directory or file node: a `Directory`, or a subPath of one. */
export interface MountSource {
  readonly node: DirNode | FileNode;
}

export interface MountOptions {
  readOnly?: boolean;
}

export interface FsStat {
  kind: FsNode['kind'];
  mode: number;
  size: number;
  mtime: number;
}

export interface VirtualFSOptions {
  readOnlyRoot?: boolean;
  now?: () => number;
  /** The container's creation time, shown as the mtime of the runtime's nodes (`CREATION_MTIME`). */
  createdAt?: number;
}

interface Frame {
  node: FsNode;
  path: string;
  readOnly: boolean;
}

interface Lookup {
  /** The directory the last component lives in (undefined for `/`). */
  parent: Frame | undefined;
  name: string;
  /** The node itself, or undefined when only the parent exists. */
  found: Frame | undefined;
}

interface Mounted {
  readonly node: DirNode | FileNode;
  readonly readOnly: boolean;
}

/**
 * The mounts, flat: physical path, node, read-only flag, three slots per mount in mount order. A container has
 * four or five, and a Map with an entry object each cost ≈ 0.25 KiB per container; the walk compares paths.
 */
type MountList = (string | DirNode | FileNode | boolean)[];

/**
 * A failed resolution: the errno `lookup` throws and the path it names (after any symlink rewrite), which
 * `exists` answers without building an error and its stack.
 */
class Failure {
  constructor(
    readonly code: FsErrorCode,
    readonly path: string,
  ) {}
}

const MAX_SYMLINKS = 40;

export class VirtualFS {
  /** Made on the first mount: a view that only fills a directory never has one. */
  private mountList: MountList | undefined;
  /**
   * The root directory. A sealed (shared) root is copied up on the first lookup made to write, as every
   * lower-layer directory on a written path is: a container that writes nothing outside its volumes keeps none.
   */
  private rootNode: DirNode;
  private readonly readOnlyRoot: boolean;
  private readonly clock: (() => number) | undefined;
  private readonly createdAt: number;

  constructor(root: MountSource & { node: DirNode } = { node: newDir() }, options: VirtualFSOptions = {}) {
    this.rootNode = root.node;
    this.readOnlyRoot = options.readOnlyRoot ?? false;
    this.clock = options.now;
    this.createdAt = options.createdAt ?? 0;
  }

  /**
   * Binds `source` at `path`. Like runc, the mountpoint is created if missing and symlinks on the
   * way are resolved first (so a mount at `/var/run/...` lands on `/run/...` where `/var/run` links there).
   * Returns that physical path.
   */
  mount(path: string, source: MountSource, options: MountOptions = {}): string {
    const physical = this.ensureMountpoint(path, source.node.kind === 'dir');
    if (physical === '/') throw new FsError('EBUSY', path);
    this.bindPrepared(physical, source, options);
    return physical;
  }

  /**
   * `mount` at a mountpoint that already exists at the physical path `physical` (symlinks resolved), as an
   * image layer prepared with the container's mountpoints has them: the same binding without the walk.
   */
  bindPrepared(physical: string, source: MountSource, options: MountOptions = {}): void {
    (this.mountList ??= []).push(physical, source.node, options.readOnly ?? false);
  }

  /** Each mounted path once, where it was first mounted, with its latest mount's flag (a later mount hides an earlier). */
  mounts(): readonly { path: string; readOnly: boolean }[] {
    const paths = new Map<string, boolean>();
    const list = this.mountList ?? [];
    for (let i = 0; i < list.length; i += 3) paths.set(list[i] as string, list[i + 2] as boolean);
    return [...paths].map(([path, readOnly]) => ({ path, readOnly }));
  }

  exists(path: string): boolean {
    const resolved = this.resolve(path, true, false, 0);
    return !(resolved instanceof Failure) && resolved.found !== undefined;
  }

  stat(path: string): FsStat {
    return this.toStat(this.existing(path, true).node);
  }

  lstat(path: string): FsStat {
    return this.toStat(this.existing(path, false).node);
  }

  /**
   * The kind, mode and text of the file at `path` (symlinks followed), or undefined when there is none or it
   * is not a regular file: what `exists`, `stat` and `readFile` tell together, in one walk.
   */
  regularFile(path: string): { readonly content: string; readonly mode: number } | undefined {
    const resolved = this.resolve(path, true, false, 0);
    const node = resolved instanceof Failure ? undefined : resolved.found?.node;
    return node?.kind === 'file' ? node : undefined;
  }

  /** The physical absolute path, symlinks resolved (`readlink -f`). */
  realpath(path: string): string {
    return this.existing(path, true).path;
  }

  readFile(path: string): string {
    const { node } = this.existing(path, true);
    if (node.kind === 'dir') throw new FsError('EISDIR', path);
    if (node.kind === 'device') return '';
    return (node as FileNode).content;
  }

  /** A `DeferredText` content is read when the file first is (volume plugins write tokens so). */
  writeFile(path: string, content: string | DeferredText, options: { append?: boolean; mode?: number } = {}): void {
    const lookup = this.lookup(path, true, true);
    const found = lookup.found;
    if (found) {
      if (found.node.kind === 'dir') throw new FsError('EISDIR', path);
      if (found.node.kind === 'device') return;
      if (found.readOnly) throw new FsError('EROFS', path);
      const file = found.node as FileNode;
      const text = typeof content === 'string' ? content : content.read();
      file.content = options.append ? file.content + text : text;
      file.mtime = this.now();
      return;
    }
    const parent = this.writableParent(lookup, path);
    parent.entries.set(lookup.name, newFile(content, this.now(), options.mode ?? DEFAULT_FILE_MODE));
  }

  mkdir(path: string, options: { recursive?: boolean; mode?: number } = {}): void {
    if (options.recursive) {
      this.mkdirs(path, options.mode);
      return;
    }
    const lookup = this.lookup(path, true, true);
    if (lookup.found) throw new FsError('EEXIST', path);
    this.writableParent(lookup, path).entries.set(lookup.name, newDir(this.now(), options.mode ?? DEFAULT_DIR_MODE));
  }

  readdir(path: string): string[] {
    const { node } = this.existing(path, true);
    if (node.kind !== 'dir') throw new FsError('ENOTDIR', path);
    return [...node.entries.keys()].sort();
  }

  /** Removes a file, symlink or device (`unlink(2)`). */
  unlink(path: string): void {
    const lookup = this.lookup(path, false, true);
    if (!lookup.found) throw new FsError('ENOENT', path);
    if (lookup.found.node.kind === 'dir') throw new FsError('EISDIR', path);
    this.detach(lookup, path);
  }

  rmdir(path: string): void {
    const lookup = this.lookup(path, false, true);
    if (!lookup.found) throw new FsError('ENOENT', path);
    const node = lookup.found.node;
    if (node.kind !== 'dir') throw new FsError('ENOTDIR', path);
    if (node.entries.size > 0) throw new FsError('ENOTEMPTY', path);
    this.detach(lookup, path);
  }

  /** `rm -r` semantics: a directory's contents go first; a mountpoint itself is busy. */
  removeTree(path: string): void {
    const lookup = this.lookup(path, false, true);
    if (!lookup.found) throw new FsError('ENOENT', path);
    if (lookup.found.node.kind === 'dir') {
      for (const name of this.readdir(lookup.found.path)) this.removeTree(`${lookup.found.path}/${name}`);
    }
    this.detach(lookup, path);
  }

  rename(from: string, to: string): void {
    const source = this.lookup(from, false, true);
    if (!source.found) throw new FsError('ENOENT', from);
    const target = this.lookup(to, false, true);
    const targetParent = this.writableParent(target, to);
    if (this.deviceOf(source.found.path) !== this.deviceOf(target.parent?.path ?? '/')) throw new FsError('EXDEV', from);
    this.detach(source, from);
    targetParent.entries.set(target.name, source.found.node);
  }

  symlink(target: string, path: string): void {
    const lookup = this.lookup(path, false, true);
    if (lookup.found) throw new FsError('EEXIST', path);
    this.writableParent(lookup, path).entries.set(lookup.name, { kind: 'symlink', target, mtime: this.now() });
  }

  readlink(path: string): string {
    const { node } = this.existing(path, false);
    if (node.kind !== 'symlink') throw new FsError('EINVAL', path);
    return node.target;
  }

  chmod(path: string, mode: number): void {
    const found = this.existing(path, true, true);
    if (found.readOnly) throw new FsError('EROFS', path);
    if (found.node.kind === 'file' || found.node.kind === 'dir') found.node.mode = mode;
  }

  /** Creates a device node such as `/dev/null` (used when composing a container root). */
  mknod(path: string, device: 'null'): void {
    const lookup = this.lookup(path, false, true);
    this.writableParent(lookup, path).entries.set(lookup.name, { kind: 'device', device, mtime: this.now() });
  }

  private now(): number {
    return this.clock?.() ?? 0;
  }

  private mkdirs(path: string, mode?: number): void {
    let current = '';
    for (const part of splitPath(path)) {
      current = joinPath(current || '/', part);
      const lookup = this.lookup(current, true);
      if (lookup.found) {
        if (lookup.found.node.kind !== 'dir') throw new FsError(part === '..' ? 'ENOENT' : 'EEXIST', current);
        continue;
      }
      // Only a directory that is created needs a private parent: existing ones are walked read-only.
      this.writableParent(this.lookup(current, true, true), current).entries.set(lookup.name, newDir(this.now(), mode ?? DEFAULT_DIR_MODE));
    }
  }

  /** Mountpoint creation ignores read-only flags: the runtime prepares it before the container starts. */
  private ensureMountpoint(path: string, asDir: boolean): string {
    const parts = splitPath(path);
    let current = '/';
    parts.forEach((part, index) => {
      const lookup = this.lookup(joinPath(current, part), true);
      if (!lookup.found) {
        const isLast = index === parts.length - 1;
        const parent = this.lookup(joinPath(current, part), true, true).parent?.node as DirNode;
        parent.entries.set(lookup.name, isLast && !asDir ? newFile('') : newDir());
      }
      current = this.existing(joinPath(current, part), true).path;
    });
    return current;
  }

  private detach(lookup: Lookup, path: string): void {
    const found = lookup.found;
    if (!lookup.parent || !found || this.mountAt(found.path)) throw new FsError('EBUSY', path);
    if (lookup.parent.readOnly) throw new FsError('EROFS', path);
    (lookup.parent.node as DirNode).entries.delete(lookup.name);
  }

  private writableParent(lookup: Lookup, path: string): DirNode {
    if (!lookup.parent) throw new FsError('EEXIST', path);
    if (lookup.parent.readOnly) throw new FsError('EROFS', path);
    return lookup.parent.node as DirNode;
  }

  /** The mount a physical path belongs to ('/' for the root filesystem). */
  private deviceOf(path: string): string {
    let best = '/';
    const list = this.mountList ?? [];
    for (let i = 0; i < list.length; i += 3) {
      const mountPath = list[i] as string;
      if ((path === mountPath || path.startsWith(`${mountPath}/`)) && mountPath.length > best.length) best = mountPath;
    }
    return best;
  }

  private existing(path: string, followLast: boolean, write = false): Frame {
    const found = this.lookup(path, followLast, write).found;
    if (!found) throw new FsError('ENOENT', path);
    return found;
  }

  /** With `write`, every lower-layer node on the path is copied up into its (already private) parent first. */
  private lookup(path: string, followLast: boolean, write = false): Lookup {
    const resolved = this.resolve(path, followLast, write, 0);
    if (resolved instanceof Failure) throw new FsError(resolved.code, resolved.path);
    return resolved;
  }

  /**
   * Walks `path` physically; a failure comes back as its errno rather than thrown, so that `exists` (asked
   * far more often than it fails) builds no error. `links` counts the symlinks followed so far.
   */
  private resolve(path: string, followLast: boolean, write: boolean, links: number): Lookup | Failure {
    if (write && isLowerLayer(this.rootNode)) this.rootNode = copyUp(this.rootNode) as DirNode;
    const stack: Frame[] = [{ node: this.rootNode, path: '/', readOnly: this.readOnlyRoot }];
    const parts = path.split('/');
    const lastIndex = lastPart(parts);
    for (let i = 0; i <= lastIndex; i++) {
      const name = parts[i] as string;
      if (name === '' || name === '.') continue;
      const last = i === lastIndex;
      if (name === '..') {
        if (stack.length > 1) stack.pop();
        if (last) return frameLookup(stack);
        continue;
      }
      const current = stack[stack.length - 1] as Frame;
      if (current.node.kind !== 'dir') return new Failure('ENOTDIR', path);
      const childPath = current.path === '/' ? `/${name}` : `${current.path}/${name}`;
      const mount = this.mountAt(childPath);
      let child = mount ? mount.node : current.node.entries.get(name);
      if (!child) return last ? { parent: current, name, found: undefined } : new Failure('ENOENT', path);
      if (child.kind === 'symlink' && (!last || followLast)) {
        if (links + 1 > MAX_SYMLINKS) return new Failure('ELOOP', path);
        const rest = parts.slice(i + 1).filter((p) => p !== '' && p !== '.').join('/');
        const base = child.target.startsWith('/') ? child.target : `${current.path}/${child.target}`;
        return this.resolve(rest ? `${base}/${rest}` : base, followLast, write, links + 1);
      }
      if (write && !mount && isLowerLayer(child)) current.node.entries.set(name, (child = copyUp(child)));
      stack.push({ node: child, path: childPath, readOnly: mount ? mount.readOnly : current.readOnly });
    }
    return frameLookup(stack);
  }

  /** The latest mount at the physical path `path`. */
  private mountAt(path: string): Mounted | undefined {
    const list = this.mountList;
    if (list === undefined) return undefined;
    for (let i = list.length - 3; i >= 0; i -= 3) {
      if (list[i] === path) return { node: list[i + 1] as DirNode | FileNode, readOnly: list[i + 2] as boolean };
    }
    return undefined;
  }

  /** A node's stat; the runtime's nodes show this container's creation time (`CREATION_MTIME`). */
  private toStat(node: FsNode): FsStat {
    const stat = toStat(node);
    if (stat.mtime === CREATION_MTIME) stat.mtime = this.createdAt;
    return stat;
  }
}

/** The index of the last component that is not empty or `.` (-1 for `/`): where `followLast` applies. */
function lastPart(parts: readonly string[]): number {
  for (let i = parts.length - 1; i >= 0; i--) {
    if (parts[i] !== '' && parts[i] !== '.') return i;
  }
  return -1;
}

function frameLookup(stack: Frame[]): Lookup {
  const found = stack[stack.length - 1] as Frame;
  const parent = stack.length > 1 ? stack[stack.length - 2] : undefined;
  const name = found.path.slice(found.path.lastIndexOf('/') + 1);
  return { parent, name, found };
}

function toStat(node: FsNode): FsStat {
  switch (node.kind) {
    case 'file':
      return fileStat(node);
    case 'dir':
      return { kind: 'dir', mode: node.mode, size: 4096, mtime: node.mtime };
    case 'symlink':
      return { kind: 'symlink', mode: 0o777, size: node.target.length, mtime: node.mtime };
    case 'device':
      return { kind: 'device', mode: 0o666, size: 0, mtime: node.mtime };
  }
}

/**
 * A file's stat: its size is measured when asked for, so that a caller that only wants the kind (`test -f`,
 * a volume plugin checking its files) neither counts the bytes nor makes a deferred file's content.
 */
function fileStat(node: FileNode): FsStat {
  return {
    kind: 'file',
    mode: node.mode,
    get size() {
      return Buffer.byteLength(node.content);
    },
    mtime: node.mtime,
  };
}
