/**
 * The in-memory POSIX-ish filesystem containers see: directories, string files, symlinks, modes,
 * and mounts that share a `Directory` between containers and pods (read-only mounts refuse writes
 * with EROFS, "Read-only file system").
 */
export { VirtualFS, type FsStat, type LayerMemo, type MountOptions, type MountSource } from './virtual-fs';
export { Directory, DirectoryRoot } from './directory';
export { FsError, isFsError, STRERROR, type FsErrorCode } from './fs-error';
export { joinPath, normalizePath, basename, dirname, splitPath } from './path';
export type { DeferredText, FsNode, FileNode, DirNode, SymlinkNode } from './node';
export { newFile, sharedFile } from './node';
export { ownerOf, setOwner, SET_GROUP_ID, type Owner } from './ownership';
export { changeGroupTree } from './change-group';
