/**
 * gcr.io/google-samples/hello-go-gke:1.0, the backend of the docs' "Connect a Frontend to a Backend
 * Using Services" (a Deployment named hello with `containerPort: 80`; through the frontend, curl
 * prints `{"message":"Hello"}`). The image's source is not published with it; everything about it
 * (its labels app/tier/track, port 80, its reply) matches kelseyhightower/app's `hello` service of
 * the same year, which this follows: `hello -http 0.0.0.0:80 -health 0.0.0.0:81` on Alpine.
 *
 *  - Port 80 answers every path with `json.NewEncoder(w).Encode(HelloResponse{"Hello"})`: the JSON and
 *    a newline, and no Content-Type of its own, so net/http sniffs `text/plain; charset=utf-8`.
 *  - Port 81 is the health service: `/healthz` and `/readiness` answer 200 with an empty body.
 *  - It logs three start-up lines with Go's `log` prefix, and on SIGTERM or SIGINT logs
 *    `Captured <signal>. Exiting...` and exits 0.
 *
 * Simplified: the per-request access lines (`<ip>:<port> - - [<time>] "GET / HTTP/1.1" <agent>`) are not
 * written, since they print the client's ephemeral port; `/secure` (a JWT check) and `/version` answer as
 * `/` does; and the `-http`/`-health` flags are not read (the docs pass none).
 */
import type { HttpServerRequest } from '../../listeners';
import type { HttpResponse } from '../../network-stack';
import type { Program, ProgramIO } from '../../program';
import { goLogTime, serveUntilSignal, type SignalReactions } from './serve-until-signal';

export const HELLO_HTTP_PORT = 80;
export const HELLO_HEALTH_PORT = 81;

const GO_TEXT = 'text/plain; charset=utf-8';

const SIGNALS: SignalReactions = {
  SIGTERM: { exitCode: 0, log: (io) => `${goLogTime(io.sys.now())} Captured terminated. Exiting...\n` },
  SIGINT: { exitCode: 0, log: (io) => `${goLogTime(io.sys.now())} Captured interrupt. Exiting...\n` },
};

function hello(): HttpResponse {
  return { status: 200, headers: { 'Content-Type': GO_TEXT }, body: '{"message":"Hello"}\n' };
}

function health(request: HttpServerRequest): HttpResponse {
  if (request.path === '/healthz' || request.path === '/readiness') return { status: 200, headers: {}, body: '' };
  return { status: 404, headers: { 'Content-Type': GO_TEXT }, body: '404 page not found\n' };
}

export const helloGoGke: Program = function* (io) {
  const time = goLogTime(io.sys.now());
  // The flags are parsed after these lines are written, so they always name the defaults.
  io.stderr(`${time} Starting server...\n${time} Health service listening on 0.0.0.0:${HELLO_HEALTH_PORT}\n${time} HTTP service listening on 0.0.0.0:${HELLO_HTTP_PORT}\n`);
  const listeners = [
    { port: HELLO_HTTP_PORT, protocol: 'TCP' as const, http: hello },
    { port: HELLO_HEALTH_PORT, protocol: 'TCP' as const, http: health },
  ];
  return yield* serveUntilSignal(io, listeners, SIGNALS, bindError);
};

/** `log.Fatal(err)` of ListenAndServe's error. */
function bindError(port: number, io: ProgramIO): string {
  return `${goLogTime(io.sys.now())} listen tcp 0.0.0.0:${port}: bind: address already in use\n`;
}
