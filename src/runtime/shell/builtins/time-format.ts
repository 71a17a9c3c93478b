/**
 * strftime(3) in UTC, for `date` and `ls -l`. Containers run in UTC unless TZ is set; kubespec
 * ignores TZ (a documented simplification).
 */
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const PERCENT = 0x25;

/** busybox `date` with no format: `Wed Jan  1 00:00:05 UTC 2025`. */
export const DEFAULT_DATE_FORMAT = '%a %b %e %H:%M:%S %Z %Y';

/**
 * The last answer, given again for the same instant and format: every nginx of a Deployment writes its
 * start-up notices with one format, many at the same virtual instant, and the containers' logs then share the
 * one string instead of keeping a copy each.
 */
let lastMs = Number.NaN;
let lastFormat = '';
let lastText = '';
/**
 * Whether the last format shows nothing finer than a second (no `%N`): its text then holds for the whole
 * second. Processes start at many distinct milliseconds of few seconds, each nginx formatting its start-up time.
 */
let lastWholeSeconds = false;

export function strftime(ms: number, format: string): string {
  if (format === lastFormat && (ms === lastMs || (lastWholeSeconds && Math.floor(ms / 1000) === Math.floor(lastMs / 1000)))) return lastText;
  const d = new Date(ms);
  let wholeSeconds = true;
  let text = '';
  // One pass over the format (as the regex `%([a-zA-Z%])` did): a conversion is `%` and a letter or `%`;
  // an unknown letter, or `%` before anything else, is copied as it stands.
  for (let i = 0; i < format.length; i++) {
    const code = format.charCodeAt(i);
    const key = code === PERCENT && i + 1 < format.length ? format[i + 1] as string : '';
    const field = isConversion(key) ? conversion(d, ms, key) : undefined;
    if (key === 'N' && field !== undefined) wholeSeconds = false;
    if (field === undefined) {
      text += format[i] as string;
      continue;
    }
    text += field;
    i++;
  }
  lastMs = ms;
  lastFormat = format;
  lastText = text;
  lastWholeSeconds = wholeSeconds;
  return text;
}

function isConversion(key: string): boolean {
  return key === '%' || (key >= 'a' && key <= 'z') || (key >= 'A' && key <= 'Z');
}

/** The text of conversion `%key` for the instant `ms` (`d`), or undefined when strftime does not know it. */
function conversion(d: Date, ms: number, key: string): string | undefined {
  switch (key) {
    case 'a':
      return DAYS[d.getUTCDay()] as string;
    case 'b':
    case 'h':
      return MONTHS[d.getUTCMonth()] as string;
    case 'd':
      return two(d.getUTCDate());
    case 'e':
      return String(d.getUTCDate()).padStart(2, ' ');
    case 'H':
      return two(d.getUTCHours());
    case 'M':
      return two(d.getUTCMinutes());
    case 'S':
      return two(d.getUTCSeconds());
    case 'm':
      return two(d.getUTCMonth() + 1);
    case 'Y':
      return String(d.getUTCFullYear());
    case 'y':
      return two(d.getUTCFullYear() % 100);
    default:
      return compositeConversion(d, ms, key);
  }
}

function compositeConversion(d: Date, ms: number, key: string): string | undefined {
  switch (key) {
    case 'j':
      return String(Math.floor((ms - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1).padStart(3, '0');
    case 's':
      return String(Math.floor(ms / 1000));
    case 'N':
      return String((ms % 1000) * 1_000_000).padStart(9, '0');
    case 'Z':
      return 'UTC';
    case 'z':
      return '+0000';
    case 'T':
      return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
    case 'F':
      return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
    case 'D':
      return `${two(d.getUTCMonth() + 1)}/${two(d.getUTCDate())}/${two(d.getUTCFullYear() % 100)}`;
    case 'n':
      return '\n';
    case 't':
      return '\t';
    case '%':
      return '%';
    default:
      return undefined;
  }
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}
