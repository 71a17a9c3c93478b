import type { Program } from '../../program';
import { DEFAULT_DATE_FORMAT, strftime } from './time-format';

/**
 * `date [-u] [-R] [-I] [+FORMAT]`: prints the virtual time, e.g. `Wed Jan  1 00:00:05 UTC 2025`.
 * Simplification: setting the date (`date -s`) is not supported.
 */
export const date: Program = function* (io) {
  let format = DEFAULT_DATE_FORMAT;
  for (const arg of io.argv.slice(1)) {
    if (arg.startsWith('+')) format = arg.slice(1);
    else if (arg === '-R') format = '%a, %d %b %Y %H:%M:%S %z';
    else if (arg === '-I' || arg === '-Idate') format = '%F';
    else if (arg === '-Iseconds') format = '%Y-%m-%dT%H:%M:%S+00:00';
    else if (arg !== '-u' && arg !== '--utc') {
      io.stderr(`date: invalid date '${arg}'\n`);
      return 1;
    }
  }
  io.stdout(`${strftime(io.sys.now(), format)}\n`);
  return 0;
};
