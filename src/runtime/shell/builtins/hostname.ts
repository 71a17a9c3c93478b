import type { Program } from '../../program';

/**
 * `hostname [-f|-s|-d|-i]` as busybox (networking/hostname.c) does it: the pod's hostname, or with an option
 * its /etc/hosts entry (gethostbyname): `-f` the entry's first name, which the kubelet makes the FQDN
 * `<hostname>.<subdomain>.<ns>.svc.cluster.local` when the pod has a subdomain; `-s` that name up to the
 * first dot, `-d` the rest, `-i` the address.
 */
export const hostname: Program = function* (io) {
  const name = io.sys.hostname;
  const option = io.argv[1];
  if (option === undefined || !['-f', '-s', '-d', '-i'].includes(option)) {
    io.stdout(`${name}\n`);
    return 0;
  }
  const hosts = io.sys.fs.exists('/etc/hosts') ? io.sys.fs.readFile('/etc/hosts') : '';
  const entry = hosts.split('\n').map((line) => line.replace(/#.*/, '').trim().split(/\s+/)).find((fields) => fields.slice(1).includes(name));
  if (!entry) {
    io.stderr(`hostname: ${name}: Unknown host\n`);
    return 1;
  }
  const [address, canonical] = entry as [string, string];
  const dot = canonical.indexOf('.');
  const printed = { '-i': address, '-f': canonical, '-s': dot === -1 ? canonical : canonical.slice(0, dot), '-d': dot === -1 ? '' : canonical.slice(dot + 1) }[option];
  if (option !== '-d' || printed) io.stdout(`${printed}\n`);
  return 0;
};
