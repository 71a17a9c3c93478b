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

/**
 * Complete lines of one write, newline-separated (no final newline): a write of many lines (an entrypoint's
 * banner) is kept as the one string it was written as, and split into lines only when the log is read.
 */
interface LogChunk {
  readonly at: number;
  readonly stream: LogStream;
  text: string;
  lines: number;
}

interface PartialLine {
  readonly at: number;
  readonly text: string;
}

const NO_CHUNKS = Object.freeze([]) as unknown as LogChunk[];
/** Up to this many chunks a write copies the list into an exact-size one (a few pointers), rather than growing it. */
const EXACT_CHUNKS = 8;

export class ContainerLog {
  /**
   * Shared and empty until the first line, then exact-size while short (a push into a 1-slot list makes 17
   * slots, and most containers write a few chunks and keep them for life); pushed once it is longer.
   */
  private chunks: LogChunk[] = NO_CHUNKS;
  private lineCount = 0;
  /** Each stream's unterminated last line, if any (two fields: most logs never have one). */
  private partialOut: PartialLine | undefined;
  private partialErr: PartialLine | undefined;

  write(stream: LogStream, text: string, at: number): void {
    const pending = this.partial(stream);
    const first = text.indexOf('\n');
    if (first < 0) {
      this.setPartial(stream, { at: pending?.at ?? at, text: (pending?.text ?? '') + text });
      return;
    }
    const last = text.lastIndexOf('\n');
    // A line is stamped when it starts: a pending partial line keeps its own instant.
    if (pending) this.push({ at: pending.at, stream, text: pending.text + text.slice(0, first), lines: 1 });
    const from = pending ? first + 1 : 0;
    if (from <= last) this.push({ at, stream, text: text.slice(from, last), lines: countLines(text, from, last) });
    this.setPartial(stream, last === text.length - 1 ? undefined : { at, text: text.slice(last + 1) });
  }

  /** Every complete line, then any unterminated ones (a process that died mid-line). */
  entries(): readonly LogLine[] {
    const lines = this.chunks.flatMap(({ at, stream, text }) => text.split('\n').map((line) => ({ at, stream, text: line })));
    const open = (['stdout', 'stderr'] as const).flatMap((stream) => {
      const p = this.partial(stream);
      return p ? [{ at: p.at, stream, text: p.text }] : [];
    });
    return open.length === 0 ? lines : [...lines, ...open].sort((a, b) => a.at - b.at);
  }

  private partial(stream: LogStream): PartialLine | undefined {
    return stream === 'stdout' ? this.partialOut : this.partialErr;
  }

  private setPartial(stream: LogStream, line: PartialLine | undefined): void {
    if (stream === 'stdout') this.partialOut = line;
    else this.partialErr = line;
  }

  private push(chunk: LogChunk): void {
    const chunks = this.chunks;
    if (chunks.length < EXACT_CHUNKS) this.chunks = chunks.length === 0 ? [chunk] : chunks.concat([chunk]);
    else chunks.push(chunk);
    this.lineCount += chunk.lines;
    if (this.lineCount > MAX_LINES) this.drop(MAX_LINES / 10);
  }

  /** Drops the oldest `count` lines (a tenth at once, rather than one per write). */
  private drop(count: number): void {
    let left = count;
    while (left > 0 && this.chunks.length > 0) {
      const oldest = this.chunks[0]!;
      if (oldest.lines <= left) {
        this.chunks.shift();
        left -= oldest.lines;
        this.lineCount -= oldest.lines;
        continue;
      }
      let cut = -1;
      for (let i = 0; i < left; i++) cut = oldest.text.indexOf('\n', cut + 1);
      oldest.text = oldest.text.slice(cut + 1);
      oldest.lines -= left;
      this.lineCount -= left;
      left = 0;
    }
  }
}

/** Lines in `text[from..last]`, where `last` is the index of a newline ending the final one. */
function countLines(text: string, from: number, last: number): number {
  let lines = 1;
  for (let i = text.indexOf('\n', from); i >= 0 && i < last; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
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
