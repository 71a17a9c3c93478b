/**
 * gcr.io/google-samples/kubernetes-bootcamp:v1 and docker.io/jocatalin/kubernetes-bootcamp:v2, the app of the
 * Kubernetes Basics tutorial. `FROM node:6.3.1` (buildpack-deps:jessie, so bash and curl), server.js copied to
 * /, shell-form `CMD node server.js`; the tutorial's `kubectl exec ... -- env` shows NODE_VERSION=6.3.1 and
 * NPM_CONFIG_LOGLEVEL=info, and its `cat server.js` the whole server (SERVER_JS below).
 *
 * Once listening on 8080 it logs `Kubernetes Bootcamp App Started At: <ISO date> | Running On:  <host> ` and a
 * blank line (console.log joins its arguments with spaces, and the last one is "\n"); every request answers
 * `Hello Kubernetes bootcamp! | Running on: <host> | v=<1|2>` and logs the request count, the uptime in
 * seconds and the time. Neither the sh (PID 1) nor node handles SIGTERM: pods stop at the grace period's SIGKILL.
 */
import type { HttpResponse } from '../../network-stack';
import type { Program, ProgramIO } from '../../program';
import { nodeCommandExit, uncaughtListenError } from './node-cli';
import { serveUntilSignal } from './serve-until-signal';

export const BOOTCAMP_SERVER = '/server.js';
const PORT = 8080;

/**
 * The tag's number is the v= the server answers (v1 → 1, v2 → 2).
 */
export function bootcampServerJs(version: string): string {
  return `var http = require('http');
var requests=0;
var podname= process.env.HOSTNAME;
var startTime;
var host;
var handleRequest = function(request, response) {
  response.setHeader('Content-Type', 'text/plain');
  response.writeHead(200);
  response.write("Hello Kubernetes bootcamp! | Running on: ");
  response.write(host);
  response.end(" | v=${version}\\n");
  console.log("Running On:" ,host, "| Total Requests:", ++requests,"| App Uptime:", (new Date() - startTime)/1000 , "seconds", "| Log Time:",new Date());
}
var www = http.createServer(handleRequest);
www.listen(8080,function () {
    startTime = new Date();;
    host = process.env.HOSTNAME;
    console.log ("Kubernetes Bootcamp App Started At:",startTime, "| Running On: " ,host, "\\n" );
});
`;
}

/** `node server.js`; `--version` and other scripts as node-cli.ts answers them. */
export const kubernetesBootcamp: Program = function* (io) {
  const exit = nodeCommandExit(io, BOOTCAMP_SERVER);
  if (exit !== undefined) return exit;
  const host = io.env.HOSTNAME ?? io.sys.hostname;
  const state = { requests: 0, startMs: io.sys.now() };
  const server = serveUntilSignal(io, [{ port: PORT, protocol: 'TCP', http: () => answer(io, host, state) }], {}, uncaughtListenError(160));
  // The start line comes from listen's callback, so only once the port is bound.
  const bound = server.next();
  if (bound.done) return bound.value;
  state.startMs = io.sys.now();
  io.stdout(`Kubernetes Bootcamp App Started At: ${new Date(state.startMs).toISOString()} | Running On:  ${host} \n\n`);
  // The body is bound and serving: delegating now re-reads its (empty) wake and blocks as it just did.
  return yield* server;
};

function answer(io: ProgramIO, host: string, state: { requests: number; startMs: number }): HttpResponse {
  const now = io.sys.now();
  state.requests += 1;
  // (new Date() - startTime)/1000 printed as a JS number: 446.976, 0.5, 12.
  io.stdout(`Running On: ${host} | Total Requests: ${state.requests} | App Uptime: ${(now - state.startMs) / 1000} seconds | Log Time: ${new Date(now).toISOString()}\n`);
  return {
    status: 200,
    // setHeader before writeHead, then Node's own Date and, with no Content-Length, chunked keep-alive.
    headers: { 'Content-Type': 'text/plain', Date: new Date(now).toUTCString(), Connection: 'keep-alive', 'Transfer-Encoding': 'chunked' },
    body: `Hello Kubernetes bootcamp! | Running on: ${host} | v=${io.sys.image.version}\n`,
  };
}
