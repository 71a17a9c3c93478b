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
 * The complete lines of one write are kept as one chunk: newline-separated text (no final newline) — an
 * entrypoint's banner of many lines stays the one string it was written as, split only when read — with the
 * write's instant, its stream and its line count.
 *
 * The chunks are one flat list, three slots each: [instant, line count (negative for stderr), text, …]. Most
 * containers write a chunk or two and keep them for life; a record per chunk cost 56 B more each.
 */
type Chunks = (number | string)[];

/** Slots per chunk in the flat list. */
const SLOTS = 3;

interface PartialLine {
  readonly at: number;
  readonly text: string;
}

const NO_CHUNKS = Object.freeze([]) as unknown as Chunks;
/** Up to this many chunks a write copies the list into an exact-size one (a few pointers), rather than growing it. */
const EXACT_CHUNKS = 8;

export class ContainerLog {
  /**
   * Shared and empty until the first line, then exact-size while short (a push into a 3-slot list makes 17
   * slots, and most containers write a few chunks and keep them for life); pushed once it is longer.
   */
  private chunks: Chunks = NO_CHUNKS;
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
    if (pending) this.push(pending.at, stream, pending.text + text.slice(0, first), 1);
    const from = pending ? first + 1 : 0;
    if (from <= last) this.push(at, stream, text.slice(from, last), countLines(text, from, last));
    this.setPartial(stream, last === text.length - 1 ? undefined : { at, text: text.slice(last + 1) });
  }

  /** Every complete line, then any unterminated ones (a process that died mid-line). */
  entries(): readonly LogLine[] {
    const chunks = this.chunks;
    const lines: LogLine[] = [];
    for (let i = 0; i < chunks.length; i += SLOTS) {
      const at = chunks[i] as number;
      const stream: LogStream = (chunks[i + 1] as number) < 0 ? 'stderr' : 'stdout';
      for (const text of (chunks[i + 2] as string).split('\n')) lines.push({ at, stream, text });
    }
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

  private push(at: number, stream: LogStream, text: string, lines: number): void {
    const chunks = this.chunks;
    const count = stream === 'stderr' ? -lines : lines;
    if (chunks.length < EXACT_CHUNKS * SLOTS) this.chunks = chunks.length === 0 ? [at, count, text] : chunks.concat(at, count, text);
    else chunks.push(at, count, text);
    this.lineCount += lines;
    if (this.lineCount > MAX_LINES) this.drop(MAX_LINES / 10);
  }

  /** Drops the oldest `count` lines (a tenth at once, rather than one per write). */
  private drop(count: number): void {
    const chunks = this.chunks;
    let left = count;
    while (left > 0 && chunks.length > 0) {
      const signed = chunks[1] as number;
      const lines = Math.abs(signed);
      if (lines <= left) {
        chunks.splice(0, SLOTS);
        left -= lines;
        this.lineCount -= lines;
        continue;
      }
      const text = chunks[2] as string;
      let cut = -1;
      for (let i = 0; i < left; i++) cut = text.indexOf('\n', cut + 1);
      chunks[2] = text.slice(cut + 1);
      chunks[1] = signed < 0 ? signed + left : signed - left;
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
