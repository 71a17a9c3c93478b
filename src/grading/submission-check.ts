/**
 * Looks over a submission folder before grading, so problems are named once and plainly instead of as
 * puzzling step failures: files over the 1 MiB limit, unreadable files, links pointing outside the
 * folder. Nothing is fixed or skipped here; the sandbox (src/kubectl/files.ts) refuses such files anyway,
 * and only the scenarios that use one fail.
 */
import { accessSync, constants, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { MAX_FILE_BYTES } from '../kubectl';

const MAX_ENTRIES = 2000;

export class SubmissionFolderError extends Error {}

/** Throws SubmissionFolderError when the folder itself is unusable; returns per-file problems. */
export function checkSubmission(dir: string): string[] {
  let stats;
  try {
    stats = statSync(dir);
  } catch {
    throw new SubmissionFolderError(`the submission folder "${dir}" does not exist`);
  }
  if (!stats.isDirectory()) throw new SubmissionFolderError(`"${dir}" is not a folder: a submission is a folder of files`);
  const root = realpathSync(dir);
  const problems: string[] = [];
  walk(root, root, problems, { seen: 0 });
  return problems;
}

function walk(root: string, dir: string, problems: string[], budget: { seen: number }): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  } catch {
    problems.push(`${shown(root, dir)}/ cannot be read (permission denied)`);
    return;
  }
  for (const entry of entries) {
    if (++budget.seen > MAX_ENTRIES) {
      problems.push(`the submission has more than ${MAX_ENTRIES} files; only the first ${MAX_ENTRIES} were checked`);
      return;
    }
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(root, path, problems, budget);
    else problems.push(...checkFile(root, path));
  }
}

function checkFile(root: string, path: string): string[] {
  const name = shown(root, path);
  if (lstatSync(path).isSymbolicLink()) {
    let target;
    try {
      target = realpathSync(path);
    } catch {
      return [`${name} is a link to nothing`];
    }
    if (relative(root, target).startsWith('..')) return [`${name} is a link pointing outside the submission; it will not be read`];
  }
  const size = statSync(path).size;
  if (size > MAX_FILE_BYTES) return [`${name} is ${(size / 1024 / 1024).toFixed(1)} MiB; files over 1 MiB are not read`];
  try {
    accessSync(path, constants.R_OK);
  } catch {
    return [`${name} cannot be read (permission denied)`];
  }
  return [];
}

function shown(root: string, path: string): string {
  return relative(root, path).split(sep).join('/') || '.';
}
