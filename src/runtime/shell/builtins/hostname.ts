import type { Program } from '../../program';

/** `hostname [-i]`: the pod's hostname; `-i` looks it up in /etc/hosts as busybox does. */
export const hostname: Program = function* (io) {
  const name = io.sys.hostname;
  if (io.argv[1] !== '-i') {
    io.stdout(`${name}\n`);
    return 0;
  }
  const hosts = io.sys.fs.exists('/etc/hosts') ? io.sys.fs.readFile('/etc/hosts') : '';
  const line = hosts.split('\n').find((entry) => entry.split(/\s+/).slice(1).includes(name));
  if (!line) {
    io.stderr(`hostname: ${name}: Unknown host\n`);
    return 1;
  }
  io.stdout(`${line.split(/\s+/)[0]}\n`);
  return 0;
};
