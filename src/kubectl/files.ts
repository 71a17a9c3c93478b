/**
 * The files a kubectl command may read (`-f deployment.yaml`, `--from-file`) and write (`> web.yaml`).
 * Paths resolve inside one root folder (the feature's or the submission's); anything that would leave it —
 * `..`, absolute paths, symlinks pointing outside — is refused, so a manifest or a student's submission can
 * never read or write the host. Files written by a scenario live in an in-memory overlay, never on disk.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';

export const MAX_FILE_BYTES = 1024 * 1024;

export class FileAccessError extends Error {}

export interface FileAccess {
  read(path: string): string;
  write(path: string, content: string, append?: boolean): void;
  exists(path: string): boolean;
  isDirectory(path: string): boolean;
  /** Regular files directly inside a directory, sorted. */
  listDir(path: string): string[];
}

export class SandboxedFiles implements FileAccess {
  private readonly overlay = new Map<string, string>();

  /** `root` undefined means only the in-memory overlay exists. */
  constructor(private readonly root?: string) {}

  read(path: string): string {
    const rel = this.relativePath(path);
    const written = this.overlay.get(rel);
    if (written !== undefined) return written;
    const real = this.realPath(rel, path);
    if (statSync(real).isDirectory()) throw new FileAccessError(`error: read ${path}: is a directory`);
    if (statSync(real).size > MAX_FILE_BYTES) throw new FileAccessError(`error: ${path} is larger than ${MAX_FILE_BYTES} bytes`);
    return readFileSync(real, 'utf8');
  }

  write(path: string, content: string, append = false): void {
    const rel = this.relativePath(path);
    const previous = append && this.exists(path) ? this.read(path) : '';
    this.overlay.set(rel, previous + content);
  }

  exists(path: string): boolean {
    const rel = this.relativePath(path);
    if (this.overlay.has(rel) || this.overlayDirectory(rel)) return true;
    try {
      this.realPath(rel, path);
      return true;
    } catch {
      return false; // a missing path or one that escapes the root both read as "no such file"
    }
  }

  isDirectory(path: string): boolean {
    const rel = this.relativePath(path);
    if (this.overlayDirectory(rel)) return true;
    return this.exists(path) && !this.overlay.has(rel) && statSync(this.realPath(rel, path)).isDirectory();
  }

  listDir(path: string): string[] {
    const rel = this.relativePath(path);
    const names = new Set<string>();
    const prefix = rel === '' ? '' : `${rel}/`;
    for (const key of this.overlay.keys()) if (key.startsWith(prefix) && !key.slice(prefix.length).includes('/')) names.add(key.slice(prefix.length));
    if (this.root) {
      try {
        const real = this.realPath(rel, path);
        for (const entry of readdirSync(real, { withFileTypes: true })) if (entry.isFile()) names.add(entry.name);
      } catch {
        // only overlay entries exist for this directory
      }
    }
    return [...names].sort();
  }

  private overlayDirectory(rel: string): boolean {
    const prefix = rel === '' ? '' : `${rel}/`;
    return [...this.overlay.keys()].some((k) => k.startsWith(prefix) && k !== rel);
  }

  private relativePath(path: string): string {
    if (isAbsolute(path)) throw new FileAccessError(`error: ${path}: absolute paths are not allowed; use a path relative to the feature or submission folder`);
    const normal = normalize(path).split(sep).join('/');
    if (normal === '..' || normal.startsWith('../')) throw new FileAccessError(`error: ${path}: paths may not leave the feature or submission folder`);
    return normal === '.' ? '' : normal.replace(/\/$/, '');
  }

  private realPath(rel: string, shown: string): string {
    if (!this.root) throw new FileAccessError(`error: the path "${shown}" does not exist`);
    const full = join(this.root, rel);
    try {
      lstatSync(full);
    } catch {
      throw new FileAccessError(`error: the path "${shown}" does not exist`);
    }
    const real = realpathSync(full);
    const back = relative(realpathSync(this.root), real);
    if (back.startsWith('..') || isAbsolute(back)) throw new FileAccessError(`error: ${shown}: links may not point outside the feature or submission folder`);
    return resolve(real);
  }
}
