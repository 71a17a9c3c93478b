/**
 * cron.ParseStandard of github.com/robfig/cron/v3 (parser.go), which CronJob validation calls: five
 * fields (minute hour dom month dow) or a descriptor, with robfig's exact error texts, e.g.
 * `expected exactly 5 fields, found 1: [bad]` or `end of range (60) above maximum (59): 0-60`.
 * Ported rather than delegated to the cron-parser package, whose messages differ.
 */
import { loadLocationError } from './time-zone';

interface Bounds {
  min: number;
  max: number;
  names?: Readonly<Record<string, number>>;
}

const MONTH_NAMES = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const DOW_NAMES = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const FIELD_BOUNDS: Bounds[] = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: MONTH_NAMES },
  { min: 0, max: 6, names: DOW_NAMES },
];
const DESCRIPTORS = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);

/** Returns robfig's error message, or undefined when the schedule parses. */
export function cronScheduleError(schedule: string): string | undefined {
  if (schedule.length === 0) return 'empty spec string';
  let spec = schedule;
  if (spec.startsWith('TZ=') || spec.startsWith('CRON_TZ=')) {
    const space = spec.indexOf(' ');
    const zone = spec.slice(spec.indexOf('=') + 1, space < 0 ? undefined : space);
    const err = loadLocationError(zone);
    if (err) return `provided bad location ${zone}: ${err}`;
    spec = spec.slice(space < 0 ? spec.length : space).trim();
  }
  if (spec.startsWith('@')) return descriptorError(spec);
  const fields = spec.split(/\s+/).filter((f) => f !== '');
  if (fields.length !== 5) return `expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]`;
  for (const [i, field] of fields.entries()) {
    for (const range of field.split(',').filter((r) => r !== '')) {
      const err = rangeError(range, FIELD_BOUNDS[i] ?? { min: 0, max: 0 });
      if (err) return err;
    }
  }
  return undefined;
}

function descriptorError(spec: string): string | undefined {
  if (DESCRIPTORS.has(spec)) return undefined;
  if (spec.startsWith('@every ')) {
    const text = spec.slice('@every '.length);
    // time.ParseDuration's grammar; unit errors are reported with its generic message.
    if (/^[-+]?(\d+(\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)((\d+(\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h))*$/.test(text) || text === '0') return undefined;
    return `failed to parse duration ${spec}: time: invalid duration ${JSON.stringify(text)}`;
  }
  return `unrecognized descriptor: ${spec}`;
}

/** getRange: `*`, `?`, `a`, `a-b`, each optionally `/step`. */
function rangeError(expr: string, r: Bounds): string | undefined {
  const rangeAndStep = expr.split('/');
  const lowAndHigh = (rangeAndStep[0] ?? '').split('-');
  let start: number;
  let end: number;
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') [start, end] = [r.min, r.max];
  else {
    const low = parseIntOrName(lowAndHigh[0] ?? '', r.names);
    if (typeof low === 'string') return low;
    start = low;
    if (lowAndHigh.length > 2) return `too many hyphens: ${expr}`;
    const high = lowAndHigh.length === 2 ? parseIntOrName(lowAndHigh[1] ?? '', r.names) : start;
    if (typeof high === 'string') return high;
    end = high;
  }
  let step = 1;
  if (rangeAndStep.length > 2) return `too many slashes: ${expr}`;
  if (rangeAndStep.length === 2) {
    const parsed = mustParseInt(rangeAndStep[1] ?? '');
    if (typeof parsed === 'string') return parsed;
    step = parsed;
    // "N/step" means "N-max/step".
    if (lowAndHigh.length === 1 && lowAndHigh[0] !== '*' && lowAndHigh[0] !== '?') end = r.max;
  }
  if (start < r.min) return `beginning of range (${start}) below minimum (${r.min}): ${expr}`;
  if (end > r.max) return `end of range (${end}) above maximum (${r.max}): ${expr}`;
  if (start > end) return `beginning of range (${start}) beyond end of range (${end}): ${expr}`;
  if (step === 0) return `step of range should be a positive number: ${expr}`;
  return undefined;
}

function parseIntOrName(expr: string, names: Readonly<Record<string, number>> | undefined): number | string {
  const named = names?.[expr.toLowerCase()];
  return named ?? mustParseInt(expr);
}

/** mustParseInt with strconv.Atoi's error text. */
function mustParseInt(expr: string): number | string {
  if (!/^[+-]?\d+$/.test(expr)) return `failed to parse int from ${expr}: strconv.Atoi: parsing ${JSON.stringify(expr)}: invalid syntax`;
  const num = Number(expr);
  if (!Number.isSafeInteger(num)) return `failed to parse int from ${expr}: strconv.Atoi: parsing ${JSON.stringify(expr)}: value out of range`;
  if (num < 0) return `negative number (${num}) not allowed: ${expr}`;
  return num;
}
