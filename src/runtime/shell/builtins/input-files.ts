/** How text utilities read their operands: files in order, `-` or none meaning stdin (busybox `can't open` wording). */
import { FsError, joinPath } from '../../vfs';
import type { ProgramIO } from '../../program';
import { fail } from './applet-errors';

export interface InputFile {
  name: string;
  text: string;
}

/** Reads each operand; unreadable ones are reported and set `failed`. */
export function readInputs(io: ProgramIO, applet: string, operands: readonly string[]): { files: InputFile[]; failed: boolean } {
  if (operands.length === 0) return { files: [{ name: '-', text: io.stdin }], failed: false };
  const files: InputFile[] = [];
  let failed = false;
  for (const name of operands) {
    if (name === '-') {
      files.push({ name, text: io.stdin });
      continue;
    }
    try {
      files.push({ name, text: io.sys.fs.readFile(joinPath(io.cwd, name)) });
    } catch (error) {
      if (!(error instanceof FsError)) throw error;
      fail(io, applet, error.code === 'EISDIR' ? `read error: ${error.message}` : `can't open '${name}': ${error.message}`);
      failed = true;
    }
  }
  return { files, failed };
}

export function lines(text: string): string[] {
  if (text === '') return [];
  const parts = text.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}
