/**
 * strftime(3) in UTC, for `date` and `ls -l`. Containers run in UTC unless TZ is set; kubespec
 * ignores TZ (a documented simplification).
 */
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** busybox `date` with no format: `Wed Jan  1 00:00:05 UTC 2025`. */
export const DEFAULT_DATE_FORMAT = '%a %b %e %H:%M:%S %Z %Y';

export function strftime(ms: number, format: string): string {
  const d = new Date(ms);
  const two = (n: number): string => String(n).padStart(2, '0');
  const fields: Record<string, () => string> = {
    a: () => DAYS[d.getUTCDay()] as string,
    b: () => MONTHS[d.getUTCMonth()] as string,
    h: () => MONTHS[d.getUTCMonth()] as string,
    d: () => two(d.getUTCDate()),
    e: () => String(d.getUTCDate()).padStart(2, ' '),
    H: () => two(d.getUTCHours()),
    M: () => two(d.getUTCMinutes()),
    S: () => two(d.getUTCSeconds()),
    m: () => two(d.getUTCMonth() + 1),
    Y: () => String(d.getUTCFullYear()),
    y: () => two(d.getUTCFullYear() % 100),
    j: () => String(Math.floor((ms - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1).padStart(3, '0'),
    s: () => String(Math.floor(ms / 1000)),
    N: () => String((ms % 1000) * 1_000_000).padStart(9, '0'),
    Z: () => 'UTC',
    z: () => '+0000',
    T: () => `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`,
    F: () => `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`,
    D: () => `${two(d.getUTCMonth() + 1)}/${two(d.getUTCDate())}/${two(d.getUTCFullYear() % 100)}`,
    n: () => '\n',
    t: () => '\t',
    '%': () => '%',
  };
  return format.replace(/%([a-zA-Z%])/g, (match, key: string) => fields[key]?.() ?? match);
}
