import type { Program } from '../../program';

/** `whoami`: the passwd name of the current uid (busybox: `whoami: unknown uid N`). */
export const whoami: Program = function* (io) {
  const uid = io.sys.identity.uid;
  const passwd = io.sys.fs.exists('/etc/passwd') ? io.sys.fs.readFile('/etc/passwd') : '';
  const entry = passwd.split('\n').find((line) => line.split(':')[2] === String(uid));
  if (!entry) {
    io.stderr(`whoami: unknown uid ${uid}\n`);
    return 1;
  }
  io.stdout(`${entry.split(':')[0]}\n`);
  return 0;
};
