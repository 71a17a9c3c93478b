/**
 * A CronJob's schedule as robfig/cron's ParseStandard reads it, computed with the cron-parser package:
 * five fields (cron-parser's optional seconds field is pinned to 0), the `@yearly`...`@hourly` descriptors
 * (`@midnight` is robfig's alias of `@daily`), `@every <duration>`, and the legacy `TZ=`/`CRON_TZ=` prefix.
 * Times are instants in ms; the zone is spec.timeZone, else UTC (kube-controller-manager's usual zone).
 */
import { CronExpressionParser } from 'cron-parser';
import { parseDuration } from '../../clock';

export interface Schedule {
  /** The first activation strictly after `t` (robfig Schedule.Next). */
  next(t: number): number;
  /** The last activation at or before `t`, if any. */
  latestAtOrBefore(t: number): number | undefined;
}

const DESCRIPTORS: Record<string, string> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

/** Parsed schedules by text and zone: parsing costs about a millisecond, and every sync asks again. */
const CACHE = new Map<string, Schedule>();
const CACHE_LIMIT = 256;

/** Throws when the schedule does not parse (validation rejects such schedules on create). */
export function parseSchedule(schedule: string, timeZone: string | undefined): Schedule {
  const key = `${timeZone ?? ''}\u0000${schedule}`;
  const cached = CACHE.get(key);
  if (cached) return cached;
  const parsed = compile(schedule, timeZone);
  if (CACHE.size >= CACHE_LIMIT) CACHE.delete(CACHE.keys().next().value!);
  CACHE.set(key, parsed);
  return parsed;
}

function compile(schedule: string, timeZone: string | undefined): Schedule {
  let spec = schedule.trim();
  let zone = timeZone ?? 'UTC';
  const prefix = /^(?:CRON_TZ|TZ)=(\S+)\s+(.*)$/.exec(spec);
  if (prefix) [zone, spec] = [prefix[1]!, prefix[2]!];
  if (spec.startsWith('@every ')) return everySchedule(parseDuration(spec.slice('@every '.length)));
  const expression = CronExpressionParser.parse(`0 ${(DESCRIPTORS[spec] ?? spec).replace(/\?/g, '*')}`, { tz: zone });
  return {
    next: memoize((t) => {
      expression.reset(new Date(t));
      return expression.next().getTime();
    }),
    latestAtOrBefore: memoize((t) => {
      expression.reset(new Date(t + 1));
      return expression.hasPrev() ? expression.prev().getTime() : undefined;
    }),
  };
}

/** The same instants are asked about again and again (the last schedule time, the next one). */
function memoize<R>(fn: (t: number) => R): (t: number) => R {
  const results = new Map<number, R>();
  return (t) => {
    if (results.has(t)) return results.get(t)!;
    const result = fn(t);
    if (results.size >= 64) results.delete(results.keys().next().value!);
    results.set(t, result);
    return result;
  };
}

/** robfig ConstantDelaySchedule: whole seconds, at least one. */
function everySchedule(delayMs: number): Schedule {
  const delay = Math.max(1000, Math.floor(delayMs / 1000) * 1000);
  return {
    next: (t) => Math.floor(t / 1000) * 1000 + delay,
    latestAtOrBefore: () => undefined,
  };
}
