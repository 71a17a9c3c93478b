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
import { nodeCommandExit, uncaughtListenError } from './node-cli';
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

/** `node server.js`; `--version` and other scripts as node-cli.ts answers them. */
export const nodeHello: Program = function* (io) {
  const exit = nodeCommandExit(io, NODE_HELLO_SERVER);
  if (exit !== undefined) return exit;
  const port = Number(io.env.PORT || 8080);
  return yield* serveUntilSignal(io, [{ port, protocol: 'TCP', http: helloKubernetes(() => io.sys.now()) }], {}, uncaughtListenError(141));
};
