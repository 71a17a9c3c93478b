/** Lexical path helpers for the virtual filesystem (POSIX semantics, always `/`-separated). */

/** Splits a path into its non-empty components: `/a//b/` → `['a', 'b']`. */
export function splitPath(path: string): string[] {
  return path.split('/').filter((part) => part !== '' && part !== '.');
}

/** Joins `path` onto `cwd` unless it is absolute. `..` is kept: the resolver handles it physically. */
export function joinPath(cwd: string, path: string): string {
  if (path.startsWith('/')) return path;
  return cwd.endsWith('/') ? cwd + path : `${cwd}/${path}`;
}

/** Lexical normalisation: `/a/./b/../c` → `/a/c`; never climbs above `/`. */
export function normalizePath(path: string): string {
  const out: string[] = [];
  for (const part of splitPath(path)) {
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

export function basename(path: string): string {
  const parts = splitPath(path);
  return parts[parts.length - 1] ?? '/';
}

export function dirname(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  const slash = trimmed.lastIndexOf('/');
  if (slash < 0) return '.';
  return slash === 0 ? '/' : trimmed.slice(0, slash);
}
