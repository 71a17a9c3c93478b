import { RecentValues } from './recent-values';

/**
 * `prefix` followed by `argv` from index `from` on, as a list seen lately when one is equal (compared in place,
 * so a hit builds nothing): every replica's process keeps its arguments for its life (nginx's
 * `nginx -g daemon off;`, ≈ 70 B each), and the lists are only read. A few lists, replaced in turn.
 */
export function sharedArgv(prefix: readonly string[], argv: readonly string[], from: number): readonly string[] {
  for (let i = 0; i < ARGVS.size; i++) if (isJoin(ARGVS.at(i), prefix, argv, from)) return ARGVS.at(i);
  return ARGVS.remember(Object.freeze(prefix.concat(argv.slice(from))));
}

function isJoin(list: readonly string[], prefix: readonly string[], argv: readonly string[], from: number): boolean {
  const head = prefix.length;
  if (list.length !== head + argv.length - from) return false;
  for (let i = 0; i < head; i++) if (list[i] !== prefix[i]) return false;
  for (let i = head; i < list.length; i++) if (list[i] !== argv[from + i - head]) return false;
  return true;
}

/** The empty prefix (`exec` replaces the whole argv). */
export const NO_ARGS: readonly string[] = Object.freeze([]);
const ARGVS = new RecentValues<readonly string[]>(8);
