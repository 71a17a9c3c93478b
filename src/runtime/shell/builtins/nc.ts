import type { Program } from '../../program';
import { isLoopback, resolveHost } from './name-resolution';

/**
 * busybox `nc -z [-v] [-w SEC] HOST PORT`: checks that something listens. Without -z kubespec
 * also only connects and closes (no data is exchanged).
 */
export const nc: Program = function* (io) {
  const args = io.argv.slice(1);
  const verbose = args.some((arg) => /^-[a-z]*v/.test(arg));
  const operands = args.filter((arg, i) => !arg.startsWith('-') && !/^-[a-z]*w$/.test(args[i - 1] ?? ''));
  const [host, portText] = operands;
  if (host === undefined || portText === undefined) {
    io.stderr('nc: missing host or port\n');
    return 1;
  }
  const port = Number(portText);
  const lookup = yield* resolveHost(io, host);
  if (lookup.kind !== 'ok') {
    io.stderr(`nc: bad address '${host}'\n`);
    return 1;
  }
  yield { kind: 'cpu', ms: 1 };
  const open = isLoopback(lookup.address) ? io.sys.listeners.isListening(port) : io.sys.network.tcpConnect(lookup.address, port);
  if (!open) {
    io.stderr(`nc: can't connect to remote host (${lookup.address}): Connection refused\n`);
    return 1;
  }
  if (verbose) io.stderr(`${host} (${lookup.address}:${port}) open\n`);
  return 0;
};
