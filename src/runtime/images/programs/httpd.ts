/**
 * Apache httpd as the official image runs it (`httpd-foreground`): serves htdocs on port 80, 404
 * otherwise. The image's STOPSIGNAL is SIGWINCH (graceful stop); SIGTERM stops at once. Exit 0.
 */
import type { HttpServerRequest } from '../../listeners';
import type { HttpResponse } from '../../network-stack';
import type { Program, ProgramIO } from '../../program';
import { joinPath } from '../../vfs';
import { strftime } from '../../shell/builtins/time-format';
import { serveUntilSignal, type SignalReactions } from './serve-until-signal';

export const HTTPD_HTML_ROOT = '/usr/local/apache2/htdocs';

const NOT_FOUND = `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>404 Not Found</title>
</head><body>
<h1>Not Found</h1>
<p>The requested URL was not found on this server.</p>
</body></html>
`;

function errorLog(io: ProgramIO, module: string, text: string): string {
  return `[${strftime(io.sys.now(), '%a %b %d %H:%M:%S')}.000000 ${strftime(io.sys.now(), '%Y')}] [${module}] [pid 1:tid 1] ${text}\n`;
}

const SIGNALS: SignalReactions = {
  SIGWINCH: { exitCode: 0, log: (io) => errorLog(io, 'mpm_event:notice', 'AH00492: caught SIGWINCH, shutting down gracefully') },
  SIGTERM: { exitCode: 0, log: (io) => errorLog(io, 'mpm_event:notice', 'AH00491: caught SIGTERM, shutting down') },
  SIGINT: { exitCode: 0, log: (io) => errorLog(io, 'mpm_event:notice', 'AH00491: caught SIGTERM, shutting down') },
};

export const httpdForeground: Program = function* (io) {
  const version = io.sys.image.version;
  io.stderr(errorLog(io, 'mpm_event:notice', `AH00489: Apache/${version} (Unix) configured -- resuming normal operations`));
  io.stderr(errorLog(io, 'core:notice', "AH00094: Command line: 'httpd -D FOREGROUND'"));
  const listener = { port: 80, protocol: 'TCP' as const, http: (request: HttpServerRequest) => serve(io, request) };
  return yield* serveUntilSignal(io, [listener], SIGNALS, bindError);
};

function serve(io: ProgramIO, request: HttpServerRequest): HttpResponse {
  const fs = io.sys.fs;
  const path = joinPath(HTTPD_HTML_ROOT, request.path.replace(/^\/+/, ''));
  const file = fs.exists(path) && fs.stat(path).kind === 'dir' ? joinPath(path, 'index.html') : path;
  const found = fs.exists(file) && fs.stat(file).kind === 'file';
  const status = found ? 200 : 404;
  const body = found ? fs.readFile(file) : NOT_FOUND;
  io.stdout(`${request.remoteAddress} - - [${strftime(io.sys.now(), '%d/%b/%Y:%H:%M:%S +0000')}] "${request.method} ${request.target} HTTP/1.1" ${status} ${Buffer.byteLength(body)}\n`);
  return { status, headers: { Server: `Apache/${io.sys.image.version} (Unix)`, 'Content-Type': 'text/html' }, body };
}

function bindError(): string {
  return '(98)Address in use: AH00072: make_sock: could not bind to address [::]:80\n';
}
