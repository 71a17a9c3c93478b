/**
 * Errors of the virtual filesystem, named after errno values so utilities can print the
 * libc `strerror` text a real busybox would (`cat: can't open 'x': No such file or directory`).
 */
export type FsErrorCode = 'ENOENT' | 'EEXIST' | 'ENOTDIR' | 'EISDIR' | 'ENOTEMPTY' | 'EROFS' | 'ELOOP' | 'EXDEV' | 'EINVAL' | 'EBUSY';

/** glibc/musl `strerror` texts for the codes above. */
export const STRERROR: Readonly<Record<FsErrorCode, string>> = {
  ENOENT: 'No such file or directory',
  EEXIST: 'File exists',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  ENOTEMPTY: 'Directory not empty',
  EROFS: 'Read-only file system',
  ELOOP: 'Symbolic link loop',
  EXDEV: 'Invalid cross-device link',
  EINVAL: 'Invalid argument',
  EBUSY: 'Resource busy',
};

export class FsError extends Error {
  constructor(
    readonly code: FsErrorCode,
    readonly path: string,
  ) {
    super(STRERROR[code]);
    this.name = 'FsError';
  }
}

export function isFsError(error: unknown): error is FsError {
  return error instanceof FsError;
}
