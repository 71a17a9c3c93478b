import { basename, joinPath } from '../../vfs';
import type { HttpResult } from '../../network-stack';
import type { Program, ProgramIO } from '../../program';
import { statusText } from '../../http-status';
import { fail, tryFs } from './applet-errors';
import { exchange, parseUrl } from './http-client';
import { resolveHost } from './name-resolution';

interface WgetOptions {
  quiet: boolean;
  spider: boolean;
  output: string | undefined;
  timeoutMs: number | undefined;
  url: string | undefined;
}

/**
 * busybox `wget [-q] [-O FILE] [-T SEC] [--spider] URL` (networking/wget.c wording):
 * `Connecting to web (10.96.0.5:80)` on stderr, then the body to FILE (default: the URL's file
 * name, `index.html` for `/`) or stdout with `-O-`. Simplification: the progress bar is printed
 * as one final 100% line.
 */
export const wget: Program = function* (io) {
  const options = parseOptions(io.argv.slice(1));
  const url = options.url === undefined ? undefined : parseUrl(options.url);
  if (!url) {
    fail(io, 'wget', options.url === undefined ? 'missing URL' : `not an http or ftp url: ${options.url}`);
    return 1;
  }
  const lookup = yield* resolveHost(io, url.host);
  if (lookup.kind !== 'ok') {
    fail(io, 'wget', `bad address '${url.host}'`);
    return 1;
  }
  if (!options.quiet) io.stderr(`Connecting to ${url.host} (${lookup.address}:${url.port})\n`);
  const method = options.spider ? 'HEAD' : 'GET';
  const result = yield* exchange(io, url, lookup.address, { method, headers: { 'User-Agent': 'Wget' }, timeoutMs: options.timeoutMs });
  if (result.kind !== 'ok') return reportFailure(io, result, lookup.address, options.timeoutMs !== undefined);
  if (result.status >= 400) {
    fail(io, 'wget', `server returned error: HTTP/1.1 ${result.status} ${statusText(result.status)}`);
    return 1;
  }
  if (options.spider) {
    if (!options.quiet) io.stderr('remote file exists\n');
    return 0;
  }
  return save(io, options, result.body, url.target);
};

function reportFailure(io: ProgramIO, result: Exclude<HttpResult, { kind: 'ok' }>, address: string, userTimeout: boolean): number {
  if (result.kind === 'timeout') fail(io, 'wget', userTimeout ? 'download timed out' : `can't connect to remote host (${address}): Connection timed out`);
  else if (result.kind === 'reset') fail(io, 'wget', 'error getting response: Connection reset by peer');
  else if (result.kind === 'unresolved') fail(io, 'wget', `bad address '${address}'`);
  else fail(io, 'wget', `can't connect to remote host (${address}): Connection refused`);
  return 1;
}

function save(io: ProgramIO, options: WgetOptions, body: string, target: string): number {
  const toStdout = options.output === '-';
  const file = options.output ?? (basename(target.split('?')[0] ?? '/') === '/' ? 'index.html' : basename(target.split('?')[0] ?? ''));
  if (toStdout) {
    if (!options.quiet) io.stderr('writing to stdout\n');
    io.stdout(body);
  } else {
    if (!options.quiet) io.stderr(`saving to '${file}'\n`);
    if (!tryFs(io, 'wget', `can't open '${file}'`, () => io.sys.fs.writeFile(joinPath(io.cwd, file), body))) return 1;
  }
  if (!options.quiet) {
    const label = (toStdout ? '-' : file).padEnd(20).slice(0, 20);
    io.stderr(`${label} 100% |${'*'.repeat(32)}| ${String(Buffer.byteLength(body)).padStart(5)}  0:00:00 ETA\n`);
    io.stderr(toStdout ? 'written to stdout\n' : `'${file}' saved\n`);
  }
  return 0;
}

function parseOptions(args: readonly string[]): WgetOptions {
  const options: WgetOptions = { quiet: false, spider: false, output: undefined, timeoutMs: undefined, url: undefined };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--spider') options.spider = true;
    else if (arg === '-q' || arg === '--quiet') options.quiet = true;
    else if (arg === '-O' || arg === '--output-document') options.output = args[++i];
    else if (arg.startsWith('-O')) options.output = arg.slice(2);
    else if (arg === '-T' || arg === '--timeout') options.timeoutMs = Number(args[++i]) * 1000;
    else if (/^-q?O-$/.test(arg) || arg === '-qO-') options.output = '-';
    else if (/^-[qS]+$/.test(arg)) options.quiet ||= arg.includes('q');
    else if (!arg.startsWith('-')) options.url = arg;
  }
  return options;
}
