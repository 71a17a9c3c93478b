/**
 * A container's log as the CRI keeps it (`pkg/kubelet/kuberuntime/logs/logs.go`): one entry per line,
 * stamped with the virtual instant it was written, tagged stdout or stderr. `kubectl logs` reads it
 * through `readLog`, with `--tail` and `--timestamps` (the kubelet's fixed-width RFC3339Nano stamp).
 */
import { toRFC3339 } from '../clock';

export type LogStream = 'stdout' | 'stderr';

export interface LogLine {
  readonly at: number;
  readonly stream: LogStream;
  readonly text: string;
}

/** Log lines are capped per container, as the kubelet's log rotation (containerLogMaxSize) caps files. */
const MAX_LINES = 10_000;

export class ContainerLog {
  private readonly lines: LogLine[] = [];
  private readonly partial: Record<LogStream, { at: number; text: string } | undefined> = { stdout: undefined, stderr: undefined };

  write(stream: LogStream, text: string, at: number): void {
    let pending = this.partial[stream];
    let rest = text;
    for (let newline = rest.indexOf('\n'); newline >= 0; newline = rest.indexOf('\n')) {
      this.push({ at: pending?.at ?? at, stream, text: (pending?.text ?? '') + rest.slice(0, newline) });
      pending = undefined;
      rest = rest.slice(newline + 1);
    }
    this.partial[stream] = rest === '' ? pending : { at: pending?.at ?? at, text: (pending?.text ?? '') + rest };
  }

  /** Every complete line, then any unterminated ones (a process that died mid-line). */
  entries(): readonly LogLine[] {
    const open = (['stdout', 'stderr'] as const).flatMap((stream) => {
      const p = this.partial[stream];
      return p ? [{ at: p.at, stream, text: p.text }] : [];
    });
    return open.length === 0 ? this.lines : [...this.lines, ...open].sort((a, b) => a.at - b.at);
  }

  private push(line: LogLine): void {
    if (this.lines.length >= MAX_LINES) this.lines.splice(0, MAX_LINES / 10);
    this.lines.push(line);
  }
}

export interface LogOptions {
  /** Lines from the end; undefined or -1 for all. */
  tail?: number;
  timestamps?: boolean;
}

/** The text `kubectl logs` prints: each line newline-terminated, stamped `2025-01-01T00:00:05.000000000Z` on request. */
export function readLog(log: ContainerLog, options: LogOptions = {}): string {
  let lines = log.entries();
  if (options.tail !== undefined && options.tail >= 0) lines = options.tail === 0 ? [] : lines.slice(-options.tail);
  return lines.map((line) => `${options.timestamps ? `${nanoStamp(line.at)} ` : ''}${line.text}\n`).join('');
}

/** kuberuntime logs.go timestampFormat `2006-01-02T15:04:05.000000000Z07:00`. */
export function nanoStamp(ms: number): string {
  const millis = String(((ms % 1000) + 1000) % 1000).padStart(3, '0');
  return toRFC3339(ms).replace(/Z$/, `.${millis}000000Z`);
}
