/**
 * gcr.io/google-samples/node-hello:1.0, the "Hello World" of the docs' Service tasks and of many
 * pod examples (env vars, security contexts). Built from GoogleCloudPlatform/nodejs-docs-samples
 * containerengine/hello-world: `FROM node:4` (Node 4.4.2 at the time), `COPY server.js .`, and the
 * shell-form `CMD node server.js`, so PID 1 is `/bin/sh -c "node server.js"` (the docs' `ps aux`
 * shows it) and node runs as its child. server.js answers every request with 200 and
 * `Hello Kubernetes!` on `process.env.PORT || 8080`, and writes no log lines at all.
 *
 * Neither process handles SIGTERM: a PID 1 without a handler ignores it, so the container stops only
 * at the grace period's SIGKILL (exit 137), as the real pods take 30 s to delete.
 */
import type { HttpServerRequest } from '../../listeners';
import type { HttpResponse } from '../../network-stack';
import type { Program } from '../../program';
import { joinPath, normalizePath } from '../../vfs';
import { serveUntilSignal } from './serve-until-signal';

export const NODE_HELLO_SERVER = '/server.js';

/** Node.js's http module: `writeHead(200)` sends its status line at once, so `end(body)` is chunked. */
function helloKubernetes(now: () => number): (request: HttpServerRequest) => HttpResponse {
  return () => ({
    status: 200,
    headers: { Date: new Date(now()).toUTCString(), Connection: 'keep-alive', 'Transfer-Encoding': 'chunked' },
    body: 'Hello Kubernetes!',
  });
}

/** `node` as the image has it: `--version`, and the sample's server.js; other scripts are not in the image. */
export const nodeHello: Program = function* (io) {
  const [first] = io.argv.slice(1);
  if (first === '-v' || first === '--version') {
    io.stdout(`v${io.sys.image.env.NODE_VERSION ?? ''}\n`);
    return 0;
  }
  const script = first === undefined ? undefined : normalizePath(joinPath(io.cwd, first));
  if (script !== NODE_HELLO_SERVER || !io.sys.fs.exists(script)) {
    // Without a script node would start its REPL; with one it is not in the image. Node 4 follows this
    // line with a stack trace of its module loader, which is left out.
    io.stderr(`Error: Cannot find module '${script ?? ''}'\n`);
    return 1;
  }
  const port = Number(io.env.PORT || 8080);
  return yield* serveUntilSignal(io, [{ port, protocol: 'TCP', http: helloKubernetes(() => io.sys.now()) }], {}, bindError);
};

/** What Node 4 prints when `listen` fails: the uncaught 'error' event of the server. */
function bindError(port: number): string {
  return `events.js:141\n      throw er; // Unhandled 'error' event\n      ^\n\nError: listen EADDRINUSE :::${port}\n`;
}
