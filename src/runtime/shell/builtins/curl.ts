import { joinPath } from '../../vfs';
import type { HttpResult } from '../../network-stack';
import type { Program, ProgramIO } from '../../program';
import { statusText } from '../../http-status';
import { exchange, parseUrl, TCP_CONNECT_TIMEOUT_MS } from './http-client';
import { resolveHost } from './name-resolution';

interface CurlOptions {
  silent: boolean;
  showError: boolean;
  fail: boolean;
  head: boolean;
  method: string;
  output: string | undefined;
  headers: Record<string, string>;
  timeoutMs: number | undefined;
  url: string | undefined;
}

/**
 * `curl [-sSfI] [-X METHOD] [-H HEADER] [-o FILE] [-m SEC] URL`, with curl 8's error lines
 * (`curl: (6) Could not resolve host: x`, `curl: (7) Failed to connect to x port 80 after 0 ms:
 * Couldn't connect to server`). Simplification: no progress meter on stderr (its speeds would
 * be wall-clock noise); TLS is not modelled, so `https://` is spoken as plain HTTP to port 443 and the
 * certificate options (`--cacert FILE`, `--cert`, `--key`, `--capath`, `-k`) are read and have no effect.
 */
export const curl: Program = function* (io) {
  const options = parseOptions(io.argv.slice(1));
  const url = options.url === undefined ? undefined : parseUrl(options.url);
  if (!url) return report(io, options, 3, 'URL rejected: Malformed input to a URL function');
  const lookup = yield* resolveHost(io, url.host);
  if (lookup.kind !== 'ok') return report(io, options, 6, `Could not resolve host: ${url.host}`);
  const started = io.sys.now();
  const result = yield* exchange(io, url, lookup.address, { method: options.method, headers: { 'User-Agent': 'curl/8.11.1', Accept: '*/*', ...options.headers }, timeoutMs: options.timeoutMs });
  if (result.kind !== 'ok') return failure(io, options, result, url.host, url.port, io.sys.now() - started);
  if (options.fail && result.status >= 400) return report(io, options, 22, `The requested URL returned error: ${result.status}`);
  const head = `HTTP/1.1 ${result.status} ${statusText(result.status)}\r\n${Object.entries(result.headers).map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
  const text = options.head ? head : result.body;
  if (options.output === undefined || options.output === '-') io.stdout(text);
  else io.sys.fs.writeFile(joinPath(io.cwd, options.output), text);
  return 0;
};

function failure(io: ProgramIO, options: CurlOptions, result: Exclude<HttpResult, { kind: 'ok' }>, host: string, port: number, elapsed: number): number {
  if (result.kind === 'timeout') {
    return report(io, options, 28, `Failed to connect to ${host} port ${port} after ${options.timeoutMs ?? TCP_CONNECT_TIMEOUT_MS} ms: Timeout was reached`);
  }
  if (result.kind === 'reset') return report(io, options, 56, 'Recv failure: Connection reset by peer');
  if (result.kind === 'unresolved') return report(io, options, 6, `Could not resolve host: ${host}`);
  return report(io, options, 7, `Failed to connect to ${host} port ${port} after ${elapsed} ms: Couldn't connect to server`);
}

/** curl prints errors unless -s, and -S brings them back. */
function report(io: ProgramIO, options: CurlOptions, code: number, message: string): number {
  if (!options.silent || options.showError) io.stderr(`curl: (${code}) ${message}\n`);
  return code;
}

function parseOptions(args: readonly string[]): CurlOptions {
  const options: CurlOptions = { silent: false, showError: false, fail: false, head: false, method: 'GET', output: undefined, headers: {}, timeoutMs: undefined, url: undefined };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-X' || arg === '--request') options.method = args[++i] ?? 'GET';
    else if (arg === '-H' || arg === '--header') {
      const [name, ...value] = (args[++i] ?? '').split(':');
      options.headers[(name as string).trim()] = value.join(':').trim();
    } else if (arg === '-o' || arg === '--output') options.output = args[++i];
    else if (arg === '-m' || arg === '--max-time' || arg === '--connect-timeout') options.timeoutMs = Number(args[++i]) * 1000;
    else if (TLS_FILE_OPTIONS.has(arg)) i++;
    else if (arg === '--silent') options.silent = true;
    else if (arg === '--fail') options.fail = true;
    else if (arg === '--head') options.head = true;
    else if (/^-[sSfILvk]+$/.test(arg)) applyShortFlags(options, arg);
    else if (!arg.startsWith('-')) options.url = arg;
  }
  if (options.head) options.method = 'HEAD';
  return options;
}

/** Options whose argument is a file for the TLS layer: the argument is not the URL (`curl https://x --cacert ca.crt`). */
const TLS_FILE_OPTIONS: ReadonlySet<string> = new Set(['--cacert', '--capath', '--cert', '-E', '--key']);

function applyShortFlags(options: CurlOptions, cluster: string): void {
  if (cluster.includes('s')) options.silent = true;
  if (cluster.includes('S')) options.showError = true;
  if (cluster.includes('f')) options.fail = true;
  if (cluster.includes('I')) options.head = true;
}
