/**
 * time.LoadLocation, as far as CronJob validation needs it: whether an IANA zone name exists. Node's ICU
 * database stands in for Go's tzdata; both accept the canonical names and the usual aliases.
 */
export function loadLocationError(name: string): string | undefined {
  if (name === '' || name === 'UTC' || name === 'Local') return undefined;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return undefined;
  } catch {
    // Intl signals an unknown zone with a RangeError; Go's LoadLocation says this instead.
    return `unknown time zone ${name}`;
  }
}
