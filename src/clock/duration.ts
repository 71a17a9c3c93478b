/**
 * Durations as people write them in specs (`30 seconds`, `2 hours`) and as Go writes them (`90s`, `2m30s`, `1h`),
 * plus the two ways Kubernetes prints them.
 */
const WORD_UNITS: Record<string, number> = {
  millisecond: 1,
  milliseconds: 1,
  second: 1000,
  seconds: 1000,
  sec: 1000,
  secs: 1000,
  minute: 60_000,
  minutes: 60_000,
  min: 60_000,
  mins: 60_000,
  hour: 3_600_000,
  hours: 3_600_000,
  day: 86_400_000,
  days: 86_400_000,
  秒: 1000,
  秒钟: 1000,
  分钟: 60_000,
  分: 60_000,
  小时: 3_600_000,
  天: 86_400_000,
};

const GO_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parses a duration to milliseconds; throws a RangeError naming the accepted forms. */
export function parseDuration(text: string): number {
  const trimmed = text.trim();
  const word = /^(\d+(?:\.\d+)?)\s*([a-zA-Z\u4e00-\u9fff]+)$/.exec(trimmed);
  if (word && WORD_UNITS[word[2]!.toLowerCase()] !== undefined) {
    return Math.round(Number(word[1]) * WORD_UNITS[word[2]!.toLowerCase()]!);
  }
  if (/^(\d+(\.\d+)?(ms|s|m|h|d))+$/.test(trimmed)) {
    let total = 0;
    for (const m of trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)) total += Number(m[1]) * GO_UNITS[m[2]!]!;
    return Math.round(total);
  }
  if (/^0$/.test(trimmed)) return 0;
  throw new RangeError(`invalid duration "${text}": use forms like "30 seconds", "5 minutes", "90s" or "2m30s"`);
}

/** apimachinery `duration.HumanDuration`, the AGE column of `kubectl get`. */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 60 * 2) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${Math.floor(hours / 24)}d` : `${Math.floor(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const dy = Math.floor(hours / 24) % 365;
    return dy === 0 ? `${Math.floor(hours / 24 / 365)}y` : `${Math.floor(hours / 24 / 365)}y${dy}d`;
  }
  return `${Math.floor(hours / 24 / 365)}y`;
}

/** apimachinery `duration.ShortHumanDuration`: one unit only. */
export function shortHumanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours}h`;
  if (hours < 24 * 365) return `${Math.floor(hours / 24)}d`;
  return `${Math.floor(hours / 24 / 365)}y`;
}

/**
 * Go's `time.Duration.String()`: `10s`, `1m20s`, `5m0s`, `1h0m0s`, `1.5s`. Called for every pod (the image
 * pull's `in 1.2s (1.2s including waiting)`, the API's generateName retry...) with few distinct values, so the
 * texts of recent values are kept in a small direct-mapped table, as `toRFC3339` keeps its seconds.
 */
export function goDuration(ms: number): string {
  const slot = ms & (DURATION_SLOTS - 1);
  if (durationValues[slot] === ms) return durationTexts[slot]!;
  const text = formatGoDuration(ms);
  durationValues[slot] = ms;
  durationTexts[slot] = text;
  return text;
}

const DURATION_SLOTS = 256;
const durationValues = new Float64Array(DURATION_SLOTS).fill(Number.NaN);
const durationTexts: string[] = new Array<string>(DURATION_SLOTS).fill('');

function formatGoDuration(ms: number): string {
  if (ms === 0) return '0s';
  if (ms < 1000) return `${ms}ms`;
  const totalSeconds = ms / 1000;
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = +(totalSeconds % 60).toFixed(3);
  if (h > 0) return `${h}h${m}m${s}s`;
  if (m > 0) return `${m}m${s}s`;
  return `${s}s`;
}
