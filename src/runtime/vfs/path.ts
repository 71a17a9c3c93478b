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
  // Every process start normalizes its executable's path, almost always already normal: that costs a scan, not
  // a component list and a joined copy.
  if (isNormal(path)) return path;
  const out: string[] = [];
  for (const part of splitPath(path)) {
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

/** The last component that is not `.` (`/a/b/.` → `b`, `/` → `/`), read off the string rather than split. */
export function basename(path: string): string {
  let end = path.length;
  for (;;) {
    while (end > 0 && path.charCodeAt(end - 1) === SLASH) end--;
    if (end === 0) return '/';
    const start = path.lastIndexOf('/', end - 1) + 1;
    if (end - start === 1 && path.charCodeAt(start) === DOT) {
      end = start;
      continue;
    }
    return start === 0 && end === path.length ? path : path.slice(start, end);
  }
}

const SLASH = 0x2f;
const DOT = 0x2e;

/** Whether `normalizePath` would give `path` back: absolute, and no empty, `.` or `..` component, no trailing `/`. */
function isNormal(path: string): boolean {
  if (path.charCodeAt(0) !== SLASH) return false;
  if (path.length === 1) return true;
  let start = 1;
  for (;;) {
    const slash = path.indexOf('/', start);
    const end = slash < 0 ? path.length : slash;
    const size = end - start;
    if (size === 0) return false;
    if (path.charCodeAt(start) === DOT && (size === 1 || (size === 2 && path.charCodeAt(start + 1) === DOT))) return false;
    if (slash < 0) return true;
    start = slash + 1;
  }
}

export function dirname(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  const slash = trimmed.lastIndexOf('/');
  if (slash < 0) return '.';
  return slash === 0 ? '/' : trimmed.slice(0, slash);
}
