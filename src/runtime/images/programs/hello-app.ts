/**
 * gcr.io/google-samples/hello-app:1.0 and :2.0, the GKE quickstart's server that kubernetes.io's pages run
 * (the envar-demo Pod of "Define Environment Variables for a Container", the minikube Ingress tutorial's
 * web and web2). The tags were built in 2017–2018 from GoogleCloudPlatform/kubernetes-engine-samples
 * hello-app/ as it was then: `FROM golang:1.8-alpine` to build, `FROM alpine:latest` with the binary at
 * /hello-app, `ENV PORT 8080`, `CMD ["./hello-app"]` (today's distroless, nonroot rebuild came later).
 *
 * main.go: `log.Printf("Server listening on port %s", port)` with port from $PORT (8080 when empty), then
 * every path answers `Hello, world!`, `Version: <tag>.0` and `Hostname: <os.Hostname()>`, one line each,
 * logging `Serving request: <path>` first. No signal handling: Go's runtime exits 2 on SIGTERM/SIGINT when
 * it is PID 1, as the re-raised default action is ignored for a namespace's init.
 */
import type { HttpServerRequest } from '../../listeners';
import type { HttpResponse } from '../../network-stack';
import type { Program, ProgramIO } from '../../program';
import { goLogTime, serveUntilSignal, type SignalReactions } from './serve-until-signal';

const GO_RUNTIME_EXIT: SignalReactions = { SIGTERM: { exitCode: 2 }, SIGINT: { exitCode: 2 } };

export const helloApp: Program = function* (io) {
  const port = io.env.PORT || '8080';
  io.stderr(`${goLogTime(io.sys.now())} Server listening on port ${port}\n`);
  return yield* serveUntilSignal(io, [{ port: Number(port), protocol: 'TCP', http: (request) => hello(io, request) }], GO_RUNTIME_EXIT, bindError);
};

function hello(io: ProgramIO, request: HttpServerRequest): HttpResponse {
  io.stderr(`${goLogTime(io.sys.now())} Serving request: ${request.path}\n`);
  // fmt.Fprintf without a Content-Type: net/http sniffs the body.
  return {
    status: 200,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    body: `Hello, world!\nVersion: ${io.sys.image.version}\nHostname: ${io.sys.hostname}\n`,
  };
}

/** `log.Fatal(http.ListenAndServe(":"+port, mux))`: Go's log line, exit 1. */
function bindError(port: number, io: ProgramIO): string {
  return `${goLogTime(io.sys.now())} listen tcp :${port}: bind: address already in use\n`;
}
