/**
 * Who owns a node (`st_uid`, `st_gid`) and the set-group-ID rule for what is created in a directory
 * (`inode_init_owner` in the kernel's fs/inode.c): in a directory with the setgid bit, a new node takes the
 * directory's group instead of its creator's, and a new subdirectory keeps the bit — which is how files
 * written into an fsGroup volume end up in the fsGroup. Root-owned nodes, nearly all of them, are absent
 * from the table: a WeakMap rather than fields keeps every node's shape and size as it was.
 */
import type { FsNode } from './node';

export interface Owner {
  readonly uid: number;
  readonly gid: number;
}

export const ROOT_OWNER: Owner = Object.freeze({ uid: 0, gid: 0 });

/** `S_ISGID` in a mode. */
export const SET_GROUP_ID = 0o2000;

const OWNERS = new WeakMap<FsNode, Owner>();

export function ownerOf(node: FsNode): Owner {
  return OWNERS.get(node) ?? ROOT_OWNER;
}

export function setOwner(node: FsNode, owner: Owner): void {
  if (owner.uid === 0 && owner.gid === 0) OWNERS.delete(node);
  else OWNERS.set(node, owner);
}

/** A copy (copy-up, a cloned layer) is owned as its original was. */
export function copyOwner(from: FsNode, to: FsNode): void {
  const owner = OWNERS.get(from);
  if (owner !== undefined) OWNERS.set(to, owner);
}

/** Gives `node`, just created in `parent` by `creator`, its owner; returns the mode bits it inherits (setgid for a directory). */
export function initOwner(node: FsNode, parent: FsNode, creator: Owner): number {
  const inherits = parent.kind === 'dir' && (parent.mode & SET_GROUP_ID) !== 0;
  setOwner(node, inherits ? { uid: creator.uid, gid: ownerOf(parent).gid } : creator);
  return inherits && node.kind === 'dir' ? SET_GROUP_ID : 0;
}
