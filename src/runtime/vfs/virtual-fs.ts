/**
 * One container's view of the virtual filesystem: a private root (the image's files) plus mounts
 * that bind a path to a node owned elsewhere (an emptyDir, a PV's data dir, a ConfigMap
 * projection), as runc bind-mounts volumes. Paths resolve physically: symlinks are followed
 * (40 at most, as Linux's MAXSYMLINKS) and `..` leaves a mount back to its mountpoint's parent.
 * A root may sit on a shared lower layer (`sealLayer`): lookups made to write copy the nodes on their
 * path up first, so the layer is never changed in place (see `copyUp`).
 * Nodes have owners (`ownership.ts`): what the container's processes create is theirs (`creator`), in the
 * group of a setgid directory where they create it in one. Simplification: no permission checks (kubespec
 * scripts do not depend on EACCES); modes and owners are stored for `ls -l` and ConfigMap modes.
 */
import { FsError, type FsErrorCode } from './fs-error';
import { type DeferredText, type DirNode, type FileNode, type FsNode, copyUp, CREATION_MTIME, DEFAULT_DIR_MODE, DEFAULT_FILE_MODE, isLowerLayer, newDir, newFile } from './node';
import { initOwner, ownerOf, ROOT_OWNER, SET_GROUP_ID, type Owner } from './ownership';
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
  uid: number;
  gid: number;
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

/** What `VirtualFS.readLayer` read from a shared layer, by that layer's root, with the mountpoint paths it was read under. */
export type LayerMemo<T> = WeakMap<DirNode, { readonly mountPaths: readonly string[]; readonly value: T }>;

interface Mounted {
  readonly node: DirNode | FileNode;
  readonly readOnly: boolean;
}

/**
 * The mounts, flat: physical path, node, read-only flag, three slots per mount in mount order. A container has
 * four or five, and a Map with an entry object each cost ≈ 0.25 KiB per container; the walk compares paths.
 */
type MountList = (string | DirNode | FileNode | boolean)[];

const MAX_SYMLINKS = 40;
const SLASH = 0x2f;
const DOT = 0x2e;

/** Where `nextPart` found a component: a shared cursor rather than a returned pair, so a walk allocates nothing per component. */
const PART = { start: 0, end: 0 };

/**
 * Finds the next component of `path` at or after `pos`, skipping slashes and `.` components (`..` is one):
 * sets `PART` and returns true, or returns false at the end of the path.
 */
function nextPart(path: string, pos: number): boolean {
  while (pos < path.length) {
    if (path.charCodeAt(pos) === SLASH) {
      pos++;
      continue;
    }
    const slash = path.indexOf('/', pos);
    const end = slash < 0 ? path.length : slash;
    if (end - pos === 1 && path.charCodeAt(pos) === DOT) {
      pos = end;
      continue;
    }
    PART.start = pos;
    PART.end = end;
    return true;
  }
  return false;
}

/** How a walk ended; a failure is a value, so that `exists` (asked far more often than it fails) builds no error. */
const FOUND = 0;
const MISSING = 1;
const FAILED = 2;
type WalkOutcome = typeof FOUND | typeof MISSING | typeof FAILED;

/**
 * The walk in progress, one for every `VirtualFS`: a walk runs to its end without calling out, so two never
 * interleave, and its slots are reused rather than a stack of frames made per lookup. Slot `d` holds the
 * node at depth `d` of the physical path (0 is the root), its name, its read-only flag and the length of its
 * physical path.
 */
const WALK = {
  nodes: [] as FsNode[],
  names: [''] as string[],
  readOnly: [] as boolean[],
  ends: [0] as number[],
  depth: 0,
  outcome: FOUND as WalkOutcome,
  missing: '',
  code: 'ENOENT' as FsErrorCode,
  failedPath: '',
};

export class VirtualFS {
  /** Made on the first mount: a view that only fills a directory never has one. */
  private mountList: MountList | undefined;
  /**
   * The root directory. A sealed (shared) root is copied up on the first lookup made to write, as every
   * lower-layer directory on a written path is: a container that writes nothing outside its volumes keeps none.
   */
  private rootNode: DirNode;
  private readonly readOnlyRoot: boolean;
  /** How many walks went through a mount (`readLayer`: a read that went through none saw the root's layer only). */
  private crossings = 0;
  private readonly clock: (() => number) | undefined;
  private readonly createdAt: number;
  /** Who the container's processes run as: the owner of what they create (the runtime sets it at start). */
  creator: Owner = ROOT_OWNER;

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

  /**
   * `bindPrepared` for each of `mounts` at `physical[i]`, in order, into an exact-size list: a container's
   * mounts are bound once and kept for its life, and a list grown by `push` keeps 20 slots for four mounts' 12.
   */
  bindAllPrepared(physical: readonly string[], mounts: readonly { readonly source: MountSource; readonly readOnly: boolean }[]): void {
    if (mounts.length === 0) return;
    const before = this.mountList;
    const at = before === undefined ? 0 : before.length;
    const list: MountList = new Array(at + 3 * mounts.length);
    for (let i = 0; i < at; i++) list[i] = before![i]!;
    for (let i = 0; i < mounts.length; i++) {
      const mount = mounts[i]!;
      list[at + 3 * i] = physical[i]!;
      list[at + 3 * i + 1] = mount.source.node;
      list[at + 3 * i + 2] = mount.readOnly;
    }
    this.mountList = list;
  }

  /** Each mounted path once, where it was first mounted, with its latest mount's flag (a later mount hides an earlier). */
  mounts(): readonly { path: string; readOnly: boolean }[] {
    const paths = new Map<string, boolean>();
    const list = this.mountList ?? [];
    for (let i = 0; i < list.length; i += 3) paths.set(list[i] as string, list[i + 2] as boolean);
    return [...paths].map(([path, readOnly]) => ({ path, readOnly }));
  }

  /**
   * `read(this)`, remembered for every filesystem on the same shared (sealed) root with the same mountpoint
   * paths, when the read went through no mount: it then saw only nodes that never change (a write copies them
   * up, and the root with them), and would see the same ones in any such filesystem, whose walks meet its mounts
   * at the same places. A read that went through a mount (a ConfigMap on /etc/nginx/conf.d) is made each time.
   * `read` must look at names and contents only: times (`stat`) differ per container.
   * Every nginx of a Deployment reads its configuration from the same image layer: one read per layer.
   */
  readLayer<T>(memo: LayerMemo<T>, read: (fs: VirtualFS) => T): T {
    const root = this.rootNode;
    const sealed = isLowerLayer(root);
    const known = sealed ? memo.get(root) : undefined;
    if (known !== undefined && this.mountPathsAre(known.mountPaths)) return known.value;
    const crossings = this.crossings;
    const value = read(this);
    if (sealed && this.rootNode === root && this.crossings === crossings) memo.set(root, { mountPaths: this.mountPaths(), value });
    return value;
  }

  private mountPathsAre(paths: readonly string[]): boolean {
    const list = this.mountList;
    const count = list === undefined ? 0 : list.length / 3;
    if (count !== paths.length) return false;
    for (let i = 0; i < count; i++) if (list![i * 3] !== paths[i]) return false;
    return true;
  }

  private mountPaths(): string[] {
    const list = this.mountList ?? [];
    const paths: string[] = [];
    for (let i = 0; i < list.length; i += 3) paths.push(list[i] as string);
    return paths;
  }

  exists(path: string): boolean {
    return this.walk(path, true, false) === FOUND;
  }

  stat(path: string): FsStat {
    return this.toStat(this.existingNode(path, true));
  }

  lstat(path: string): FsStat {
    return this.toStat(this.existingNode(path, false));
  }

  /**
   * The kind, mode and text of the file at `path` (symlinks followed), or undefined when there is none or it
   * is not a regular file: what `exists`, `stat` and `readFile` tell together, in one walk.
   */
  regularFile(path: string): { readonly content: string; readonly mode: number } | undefined {
    if (this.walk(path, true, false) !== FOUND) return undefined;
    const node = WALK.nodes[WALK.depth] as FsNode;
    return node.kind === 'file' ? node : undefined;
  }

  /** The physical absolute path, symlinks resolved (`readlink -f`). */
  realpath(path: string): string {
    return this.existing(path, true).path;
  }

  readFile(path: string): string {
    const node = this.existingNode(path, true);
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
    parent.entries.set(lookup.name, this.owned(newFile(content, this.now(), options.mode ?? DEFAULT_FILE_MODE), parent));
  }

  mkdir(path: string, options: { recursive?: boolean; mode?: number } = {}): void {
    if (options.recursive) {
      this.mkdirs(path, options.mode);
      return;
    }
    const lookup = this.lookup(path, true, true);
    if (lookup.found) throw new FsError('EEXIST', path);
    const parent = this.writableParent(lookup, path);
    parent.entries.set(lookup.name, this.owned(newDir(this.now(), options.mode ?? DEFAULT_DIR_MODE), parent));
  }

  readdir(path: string): string[] {
    const node = this.existingNode(path, true);
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
    const parent = this.writableParent(lookup, path);
    parent.entries.set(lookup.name, this.owned({ kind: 'symlink', target, mtime: this.now() }, parent));
  }

  readlink(path: string): string {
    const node = this.existingNode(path, false);
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

  /** `node`, just made in `parent`, owned by the creator (root's nodes outside setgid directories need no entry). */
  private owned<T extends FsNode>(node: T, parent: DirNode): T {
    if (this.creator === ROOT_OWNER && (parent.mode & SET_GROUP_ID) === 0) return node;
    const inherited = initOwner(node, parent, this.creator);
    if (node.kind === 'dir') node.mode |= inherited;
    return node;
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
      const parent = this.writableParent(this.lookup(current, true, true), current);
      parent.entries.set(lookup.name, this.owned(newDir(this.now(), mode ?? DEFAULT_DIR_MODE), parent));
    }
  }

  /** Mountpoint creation ignores read-only flags: the runtime prepares it before the container starts. */
  private ensureMountpoint(path: string, asDir: boolean): string {
    const parts = splitPath(path);
    let current = '/';
    parts.forEach((part, index) => {
      const lookup = this.lookup(joinPath(current, part), true);
      // runc bind-mounts onto what the image has there; mount(2) refuses a directory onto a file and a file
      // onto a directory alike with ENOTDIR (a missing subPath becomes a directory, so `subPath: nginx.conf`
      // over the image's /etc/nginx/nginx.conf fails to start).
      if (lookup.found && index === parts.length - 1 && (lookup.found.node.kind === 'dir') !== asDir) throw new FsError('ENOTDIR', path);
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

  /** The node at `path`, without the frame `existing` makes (reads need the node only). */
  private existingNode(path: string, followLast: boolean): FsNode {
    const outcome = this.walk(path, followLast, false);
    if (outcome === FAILED) throw new FsError(WALK.code, WALK.failedPath);
    if (outcome === MISSING) throw new FsError('ENOENT', path);
    return WALK.nodes[WALK.depth] as FsNode;
  }

  /** With `write`, every lower-layer node on the path is copied up into its (already private) parent first. */
  private lookup(path: string, followLast: boolean, write = false): Lookup {
    const outcome = this.walk(path, followLast, write);
    if (outcome === FAILED) throw new FsError(WALK.code, WALK.failedPath);
    const depth = WALK.depth;
    if (outcome === MISSING) return { parent: walkedFrame(depth), name: WALK.missing, found: undefined };
    return { parent: depth > 0 ? walkedFrame(depth - 1) : undefined, name: WALK.names[depth] as string, found: walkedFrame(depth) };
  }

  /**
   * Walks `path` physically into the shared walk state (`WALK`) and tells how it ended: `FOUND` (the node at
   * `WALK.depth`), `MISSING` (only the parent exists: the last name is `WALK.missing`) or `FAILED` (`WALK.code`,
   * `WALK.failedPath`). The components are read off the string by index, the frames are slots of `WALK` and a
   * mountpoint is matched against the walked names: a walk allocates only its names (`exists`, `readFile` are
   * called several times per container start; a `split`, a frame and a path string per component were the
   * largest allocation of a pod's start). A symlink restarts the walk on its rewritten path.
   */
  private walk(path: string, followLast: boolean, write: boolean): WalkOutcome {
    if (write && isLowerLayer(this.rootNode)) this.rootNode = copyUp(this.rootNode) as DirNode;
    for (let links = 0; ; links++) {
      const rewritten = this.walkOnce(path, followLast, write);
      if (rewritten === undefined) return WALK.outcome;
      if (links + 1 > MAX_SYMLINKS) return failed('ELOOP', path);
      path = rewritten;
    }
  }

  /** One pass of `walk`: undefined when it ended, or the path to walk next when a symlink was met. */
  private walkOnce(path: string, followLast: boolean, write: boolean): string | undefined {
    WALK.nodes[0] = this.rootNode;
    WALK.readOnly[0] = this.readOnlyRoot;
    WALK.ends[0] = 0;
    let depth = 0;
    const lastStart = lastComponentStart(path);
    for (let pos = 0; nextPart(path, pos); ) {
      const start = PART.start;
      pos = PART.end;
      const last = start === lastStart;
      if (pos - start === 2 && path.charCodeAt(start) === DOT && path.charCodeAt(start + 1) === DOT) {
        if (depth > 0) depth--;
        if (last) return found(depth);
        continue;
      }
      const current = WALK.nodes[depth] as FsNode;
      if (current.kind !== 'dir') return fail('ENOTDIR', path);
      const name = path.slice(start, pos);
      const mount = this.mountIndex(depth, name);
      if (mount >= 0) this.crossings++;
      let child = mount >= 0 ? (this.mountList![mount + 1] as DirNode | FileNode) : current.entries.get(name);
      if (!child) return last ? missing(depth, name) : fail('ENOENT', path);
      if (child.kind === 'symlink' && (!last || followLast)) return symlinkPath(child.target, depth, path, pos);
      if (write && isLowerLayer(child)) child = this.copiedUp(current, name, mount, child);
      depth++;
      WALK.nodes[depth] = child;
      WALK.names[depth] = name;
      WALK.readOnly[depth] = mount >= 0 ? (this.mountList![mount + 2] as boolean) : (WALK.readOnly[depth - 1] as boolean);
      WALK.ends[depth] = (WALK.ends[depth - 1] as number) + 1 + name.length;
    }
    return found(depth);
  }

  /**
   * The private copy of a lower-layer node met by a walk made to write, put where the walk found it: in its
   * directory, or in the mount list for a mounted one (a file the kubelet mounts in every container, such as a
   * namespace's /etc/resolv.conf, is one shared sealed node until a container writes it).
   */
  private copiedUp(directory: DirNode, name: string, mount: number, node: FsNode): FsNode {
    const copy = copyUp(node);
    if (mount < 0) directory.entries.set(name, copy);
    else this.mountList![mount + 1] = copy as DirNode | FileNode;
    return copy;
  }

  /**
   * The latest mount at the physical path of the walk's directory at `depth` plus `name` (its index in the
   * mount list, or -1), compared piece by piece rather than built as a string.
   */
  private mountIndex(depth: number, name: string): number {
    const list = this.mountList;
    if (list === undefined) return -1;
    const length = (WALK.ends[depth] as number) + 1 + name.length;
    for (let i = list.length - 3; i >= 0; i -= 3) {
      const mountPath = list[i] as string;
      if (mountPath.length === length && walkedPathIs(mountPath, depth, name)) return i;
    }
    return -1;
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

function found(depth: number): undefined {
  WALK.depth = depth;
  WALK.outcome = FOUND;
  return undefined;
}

function missing(depth: number, name: string): undefined {
  WALK.depth = depth;
  WALK.missing = name;
  WALK.outcome = MISSING;
  return undefined;
}

function fail(code: FsErrorCode, path: string): undefined {
  WALK.code = code;
  WALK.failedPath = path;
  WALK.outcome = FAILED;
  return undefined;
}

function failed(code: FsErrorCode, path: string): WalkOutcome {
  fail(code, path);
  return FAILED;
}

/** The walk's slot at `depth` as a frame, with its physical path (the name of the last component for `/`: ''). */
function walkedFrame(depth: number): Frame {
  return { node: WALK.nodes[depth] as FsNode, path: walkedPath(depth), readOnly: WALK.readOnly[depth] as boolean };
}

function walkedPath(depth: number): string {
  if (depth === 0) return '/';
  let path = '';
  for (let d = 1; d <= depth; d++) path += `/${WALK.names[d] as string}`;
  return path;
}

/** Whether `path` is the walked physical path to `depth` followed by `/name` (its length already checked). */
function walkedPathIs(path: string, depth: number, name: string): boolean {
  let at = 0;
  for (let d = 1; d <= depth; d++) {
    const part = WALK.names[d] as string;
    if (path.charCodeAt(at) !== SLASH || !path.startsWith(part, at + 1)) return false;
    at += 1 + part.length;
  }
  return path.charCodeAt(at) === SLASH && path.startsWith(name, at + 1);
}

/**
 * Where a symlink met at `depth` sends the walk: its target (relative to the walked directory unless absolute)
 * followed by the components of `path` after `from`, without empty ones and `.` (`..` stays, resolved physically).
 */
function symlinkPath(target: string, depth: number, path: string, from: number): string {
  const base = target.startsWith('/') ? target : `${walkedPath(depth)}/${target}`;
  let rest = '';
  for (let pos = from; nextPart(path, pos); pos = PART.end) {
    const part = path.slice(PART.start, PART.end);
    rest = rest === '' ? part : `${rest}/${part}`;
  }
  return rest ? `${base}/${rest}` : base;
}

/** Where the last component that is not empty or `.` starts (-1 for `/`): where `followLast` applies. */
function lastComponentStart(path: string): number {
  let end = path.length;
  while (end > 0) {
    while (end > 0 && path.charCodeAt(end - 1) === SLASH) end--;
    if (end === 0) return -1;
    let start = end;
    while (start > 0 && path.charCodeAt(start - 1) !== SLASH) start--;
    if (!(end - start === 1 && path.charCodeAt(start) === DOT)) return start;
    end = start;
  }
  return -1;
}

function toStat(node: FsNode): FsStat {
  switch (node.kind) {
    case 'file':
      return fileStat(node);
    case 'dir':
      return { kind: 'dir', mode: node.mode, size: 4096, mtime: node.mtime, ...ownerOf(node) };
    case 'symlink':
      return { kind: 'symlink', mode: 0o777, size: node.target.length, mtime: node.mtime, ...ownerOf(node) };
    case 'device':
      return { kind: 'device', mode: 0o666, size: 0, mtime: node.mtime, ...ownerOf(node) };
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
    uid: ownerOf(node).uid,
    gid: ownerOf(node).gid,
  };
}
