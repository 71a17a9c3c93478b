/** Checks that the paths a command was given exist, before anything runs (exit code 2 otherwise). */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from './usage-error';

/** `features/a.feature:12` and globs are Cucumber's; only the file part of a plain path is checked. */
export function requireExistingPaths(paths: readonly string[], cwd: string, command: string, what = 'file or folder'): void {
  for (const path of paths) {
    if (/[*?[\]{}]/.test(path)) continue;
    const file = path.replace(/(:\d+)+$/, '');
    if (!existsSync(resolve(cwd, file))) throw new UsageError(`no such ${what}: "${file}"`, command);
  }
}
