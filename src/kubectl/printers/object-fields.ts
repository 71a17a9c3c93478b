/**
 * Narrow, defensive readers for plain API objects. Printers take whatever the store holds, so every
 * access tolerates a missing or mistyped field the way Go's zero values do.
 */
export type Json = Record<string, unknown>;

export function obj(value: unknown): Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}

export function arr(value: unknown): Json[] {
  return Array.isArray(value) ? value.map(obj) : [];
}

export function strs(value: unknown): string[] {
  return Array.isArray(value) ? value.map((v) => String(v)) : [];
}

export function str(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

export function num(value: unknown): number {
  return typeof value === 'number' ? value : typeof value === 'string' && value !== '' && !isNaN(Number(value)) ? Number(value) : 0;
}

export function optNum(value: unknown): number | undefined {
  return value === undefined || value === null ? undefined : num(value);
}

export function bool(value: unknown): boolean {
  return value === true;
}

export function record(value: unknown): Record<string, string> {
  return Object.fromEntries(Object.entries(obj(value)).map(([k, v]) => [k, str(v)]));
}

/** Walks a dotted path (`spec.template.spec`) of object fields. */
export function path(root: unknown, dotted: string): unknown {
  let current: unknown = root;
  for (const key of dotted.split('.')) current = obj(current)[key];
  return current;
}

/** Milliseconds of an RFC 3339 timestamp, or undefined for a zero/missing one. */
export function timeOf(value: unknown): number | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const ms = Date.parse(value);
  return isNaN(ms) ? undefined : ms;
}
