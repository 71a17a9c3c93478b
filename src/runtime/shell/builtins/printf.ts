import type { Program } from '../../program';
import { interpretEscapes } from './echo';

/**
 * `printf FORMAT [ARG…]` (POSIX printf(1)): %s %b %c %d %i %u %o %x %X %f %e %g %% with flags,
 * width and precision; the format is reused while arguments remain.
 */
export const printf: Program = function* (io) {
  const format = io.argv[1];
  if (format === undefined) {
    io.stderr('printf: usage: printf FORMAT [ARGUMENT]...\n');
    return 1;
  }
  const args = io.argv.slice(2);
  let output = '';
  let consumed = 0;
  do {
    const result = formatOnce(format, args.slice(consumed));
    output += result.text;
    consumed += result.used;
    if (result.stopped || result.used === 0) break;
  } while (consumed < args.length);
  io.stdout(output);
  return 0;
};

const SPEC = /%([-+ 0#]*)(\d+|\*)?(?:\.(\d*))?([sbcdiouxXfeEgG%])/g;

function formatOnce(format: string, args: readonly string[]): { text: string; used: number; stopped: boolean } {
  let used = 0;
  const next = (): string => args[used++] ?? '';
  const body = format.replace(SPEC, (_m, flags: string, width: string | undefined, precision: string | undefined, conversion: string) => {
    if (conversion === '%') return '%';
    const w = width === '*' ? Number(next()) : Number(width ?? 0);
    return pad(convert(conversion, next(), precision), w, flags);
  });
  const { output, stopped } = interpretEscapes(body);
  return { text: output, used, stopped };
}

function convert(conversion: string, arg: string, precision: string | undefined): string {
  const p = precision === undefined ? undefined : Number(precision || 0);
  switch (conversion) {
    case 's':
      return p === undefined ? arg : arg.slice(0, p);
    case 'b':
      return interpretEscapes(arg).output;
    case 'c':
      return arg.slice(0, 1);
    case 'd':
    case 'i':
    case 'u':
      return String(Math.trunc(toNumber(arg)));
    case 'o':
      return Math.trunc(toNumber(arg)).toString(8);
    case 'x':
      return Math.trunc(toNumber(arg)).toString(16);
    case 'X':
      return Math.trunc(toNumber(arg)).toString(16).toUpperCase();
    case 'e':
    case 'E':
      return toNumber(arg).toExponential(p ?? 6);
    default:
      return toNumber(arg).toFixed(p ?? 6);
  }
}

function toNumber(arg: string): number {
  if (/^'./.test(arg) || /^"./.test(arg)) return arg.charCodeAt(1);
  const value = Number(arg || 0);
  return Number.isNaN(value) ? 0 : value;
}

function pad(text: string, width: number, flags: string): string {
  if (text.length >= width) return text;
  if (flags.includes('-')) return text.padEnd(width);
  return flags.includes('0') && /^-?\d/.test(text) ? text.padStart(width, '0') : text.padStart(width);
}
