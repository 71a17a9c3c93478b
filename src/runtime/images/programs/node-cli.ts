/**
 * `node` as the docs' sample images ship it (node-hello on Node 4, kubernetes-bootcamp on Node 6): `-v` prints
 * the image's NODE_VERSION, and the one script the image holds runs; any other script is not in the image.
 * Node follows `Cannot find module` with its module loader's stack trace, which is left out.
 */
import type { ProgramIO } from '../../program';
import { joinPath, normalizePath } from '../../vfs';

/** The exit code when the command line is not the image's server (`--version`, another script); undefined to serve. */
export function nodeCommandExit(io: ProgramIO, script: string): number | undefined {
  const [first] = io.argv.slice(1);
  if (first === '-v' || first === '--version') {
    io.stdout(`v${io.sys.image.env.NODE_VERSION ?? ''}\n`);
    return 0;
  }
  const path = first === undefined ? undefined : normalizePath(joinPath(io.cwd, first));
  if (path === script && io.sys.fs.exists(path)) return undefined;
  io.stderr(`Error: Cannot find module '${path ?? ''}'\n`);
  return 1;
}

/** What Node prints when `listen` fails, the server's uncaught 'error' event; `eventsLine` is events.js's line in that Node. */
export function uncaughtListenError(eventsLine: number): (port: number) => string {
  return (port) => `events.js:${eventsLine}\n      throw er; // Unhandled 'error' event\n      ^\n\nError: listen EADDRINUSE :::${port}\n`;
}
