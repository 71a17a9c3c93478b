import { parseSignal, type Signal } from '../../signals';
import type { Program } from '../../program';

/** `kill [-s SIG | -SIG] PID…` (default TERM). In a container, PID 1 is the main process. */
export const kill: Program = function* (io) {
  const args = io.argv.slice(1);
  let signal: Signal = 'SIGTERM';
  if (args[0] === '-s') {
    args.shift();
    signal = parseSignal(args.shift() ?? '') ?? signal;
  } else if (args[0]?.startsWith('-') && args[0] !== '--') {
    const parsed = parseSignal((args.shift() as string).slice(1));
    if (!parsed) {
      io.stderr('sh: kill: bad signal name\n');
      return 1;
    }
    signal = parsed;
  }
  let status = 0;
  for (const pid of args.filter((arg) => arg !== '--')) {
    if (!io.sys.kill(Number(pid), signal)) {
      io.stderr(`sh: kill: can't kill pid ${pid}: No such process\n`);
      status = 1;
    }
  }
  return status;
};
