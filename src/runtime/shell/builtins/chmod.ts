import { joinPath } from '../../vfs';
import type { Program } from '../../program';
import { tryFs } from './applet-errors';

/** `chmod MODE FILE…` with octal modes, or `+x`/`-w`-style symbolic ones applied to everyone. */
export const chmod: Program = function* (io) {
  const [mode, ...files] = io.argv.slice(1).filter((arg) => arg !== '-R');
  let status = 0;
  for (const file of files) {
    const path = joinPath(io.cwd, file);
    const ok = tryFs(io, 'chmod', file, () => io.sys.fs.chmod(path, applyMode(io.sys.fs.stat(path).mode, mode ?? '')));
    if (!ok) status = 1;
  }
  return status;
};

function applyMode(current: number, mode: string): number {
  if (/^[0-7]+$/.test(mode)) return parseInt(mode, 8);
  const match = /^[ugoa]*([+-=])([rwx]+)$/.exec(mode);
  if (!match) return current;
  const bits = [...(match[2] as string)].reduce((sum, c) => sum | ({ r: 0o444, w: 0o222, x: 0o111 }[c] ?? 0), 0);
  if (match[1] === '+') return current | bits;
  if (match[1] === '-') return current & ~bits;
  return bits;
}
