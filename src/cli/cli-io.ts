/** Where a command writes and which folder it runs in: the real process, or a capture in tests. */
import type { Writable } from 'node:stream';

export interface CliIO {
  readonly cwd: string;
  /** Cucumber's formatters write here directly. */
  readonly stdout: Writable;
  readonly stderr: Writable;
}

export function processIO(): CliIO {
  return { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr };
}

export function out(io: CliIO, text: string): void {
  io.stdout.write(text);
}

export function err(io: CliIO, text: string): void {
  io.stderr.write(text);
}
