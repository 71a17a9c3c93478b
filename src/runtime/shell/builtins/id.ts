import type { Program, ProgramIO } from '../../program';

/**
 * `id [-u|-g|-n]`: names come from the image's /etc/passwd and /etc/group, so busybox as root
 * prints `uid=0(root) gid=0(root) groups=0(root),10(wheel)` and a pod with runAsUser 1000,
 * runAsGroup 3000, fsGroup 2000 prints `uid=1000 gid=3000 groups=2000,3000` (docs: security-context).
 */
export const id: Program = function* (io) {
  const { uid, gid } = io.sys.identity;
  const users = table(io, '/etc/passwd');
  const groups = table(io, '/etc/group');
  const flag = io.argv[1];
  if (flag === '-u') return print(io, String(uid));
  if (flag === '-g') return print(io, String(gid));
  if (flag === '-un') return print(io, users.get(uid)?.[0] ?? String(uid));
  const name = (n: number, names: Map<number, string[]>): string => (names.has(n) ? `${n}(${names.get(n)?.[0]})` : String(n));
  const memberOf = [...groups].filter(([, fields]) => (fields[3] ?? '').split(',').includes(users.get(uid)?.[0] ?? '\0')).map(([n]) => n);
  const all = [...new Set([gid, ...io.sys.identity.supplementalGroups, ...memberOf])].sort((a, b) => a - b);
  return print(io, `uid=${name(uid, users)} gid=${name(gid, groups)} groups=${all.map((n) => name(n, groups)).join(',')}`);
};

function print(io: ProgramIO, text: string): number {
  io.stdout(`${text}\n`);
  return 0;
}

/** `name:x:id:…` files keyed by numeric id. */
function table(io: ProgramIO, path: string): Map<number, string[]> {
  const text = io.sys.fs.exists(path) ? io.sys.fs.readFile(path) : '';
  const entries = new Map<number, string[]>();
  for (const line of text.split('\n')) {
    const fields = line.split(':');
    if (fields.length >= 3 && !entries.has(Number(fields[2]))) entries.set(Number(fields[2]), fields);
  }
  return entries;
}
