/**
 * Flag parsing with spf13/pflag's rules, as kubectl uses them: `--name=value`, `--name value`,
 * `-n value`, `-nvalue`, boolean flags that take no value (`--all`, `--force=false`), repeated flags,
 * and `--` ending flag parsing (everything after it is positional, as for `kubectl exec POD -- CMD`).
 */
export type FlagKind = 'string' | 'bool' | 'int' | 'stringArray';

export interface FlagSpec {
  kind: FlagKind;
  short?: string;
  default?: string | boolean | number;
  /**
   * pflag's NoOptDefVal: the value a bare `--name` (no `=value`) takes. Such a flag never consumes the next
   * word, so `--validate -f x.yaml` is `--validate=strict -f x.yaml` and `--dry-run -o yaml` keeps its `-o`.
   */
  noOptDefault?: string;
}

export type FlagSpecs = Record<string, FlagSpec>;

export interface ParsedArgs {
  positional: string[];
  /** Everything after `--`. */
  afterDash: string[];
  /** Whether `--` was present (kubectl exec requires it). */
  sawDash: boolean;
  flags: Map<string, string[]>;
  /** Every flag as given, in the order typed (pflag `ParseAll` visits them so; `--record` lists them this way). */
  occurrences: [name: string, value: string][];
}

export class FlagError extends Error {}

export function parseFlags(words: readonly string[], specs: FlagSpecs): ParsedArgs {
  const byShort = shorthands(specs);
  const parsed: ParsedArgs = { positional: [], afterDash: [], sawDash: false, flags: new Map(), occurrences: [] };
  const set = (name: string, value: string) => {
    parsed.flags.set(name, [...(parsed.flags.get(name) ?? []), value]);
    parsed.occurrences.push([name, value]);
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === '--') {
      parsed.sawDash = true;
      parsed.afterDash = words.slice(i + 1);
      break;
    }
    if (word.startsWith('--')) {
      const [name, inline] = splitOnce(word.slice(2), '=');
      i = consume(name, inline, specs[name], words, i, set, `--${name}`);
    } else if (word.startsWith('-') && word.length > 1 && !/^-\d/.test(word)) {
      // pflag: boolean shorthands combine (`-it` is `-i -t`); the first non-boolean takes the rest as its value.
      let chars = word.slice(1);
      for (;;) {
        const short = chars[0]!;
        const name = byShort.get(short);
        const rest = chars.slice(1);
        if (name && specs[name]?.kind === 'bool' && rest !== '' && !rest.startsWith('=')) {
          set(name, 'true');
          chars = rest;
          continue;
        }
        const inline = rest === '' ? undefined : rest.startsWith('=') ? rest.slice(1) : rest;
        i = consume(name ?? short, inline, name ? specs[name] : undefined, words, i, set, `-${short}`);
        break;
      }
    } else {
      parsed.positional.push(word);
    }
  }
  return parsed;
}

/** Shorthand → flag name, built once per (static) spec table. */
function shorthands(specs: FlagSpecs): ReadonlyMap<string, string> {
  let byShort = SHORTHANDS.get(specs);
  if (!byShort) SHORTHANDS.set(specs, (byShort = new Map(Object.entries(specs).flatMap(([name, s]) => (s.short ? [[s.short, name] as const] : [])))));
  return byShort;
}

const SHORTHANDS = new WeakMap<FlagSpecs, ReadonlyMap<string, string>>();

function consume(
  name: string,
  inline: string | undefined,
  spec: FlagSpec | undefined,
  words: readonly string[],
  i: number,
  set: (name: string, value: string) => void,
  shown: string,
): number {
  if (!spec) throw new FlagError(`unknown flag: ${shown}`);
  if (spec.kind === 'bool') {
    set(name, inline ?? 'true');
    return i;
  }
  if (inline !== undefined) {
    set(name, inline);
    return i;
  }
  if (spec.noOptDefault !== undefined) {
    set(name, spec.noOptDefault);
    return i;
  }
  const value = words[i + 1];
  if (value === undefined) throw new FlagError(`flag needs an argument: ${shown}`);
  set(name, value);
  return i + 1;
}

function splitOnce(text: string, sep: string): [string, string | undefined] {
  const at = text.indexOf(sep);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** Typed accessors over parsed flags, applying the specs' defaults. */
export class Flags {
  constructor(
    private readonly parsed: ParsedArgs,
    private readonly specs: FlagSpecs,
  ) {}

  has(name: string): boolean {
    return this.parsed.flags.has(name);
  }

  string(name: string): string | undefined {
    const values = this.parsed.flags.get(name);
    if (values) return values[values.length - 1];
    const d = this.specs[name]?.default;
    return d === undefined ? undefined : String(d);
  }

  strings(name: string): string[] {
    return (this.parsed.flags.get(name) ?? []).flatMap((v) => (this.specs[name]?.kind === 'stringArray' ? [v] : v.split(',')));
  }

  bool(name: string): boolean {
    const v = this.string(name);
    if (v === undefined) return false;
    if (v === 'true' || v === '') return true;
    if (v === 'false') return false;
    throw new FlagError(`invalid argument "${v}" for "--${name}" flag: strconv.ParseBool: parsing "${v}": invalid syntax`);
  }

  int(name: string): number | undefined {
    const v = this.string(name);
    if (v === undefined) return undefined;
    if (!/^-?\d+$/.test(v)) {
      throw new FlagError(`invalid argument "${v}" for "--${name}" flag: strconv.ParseInt: parsing "${v}": invalid syntax`);
    }
    return Number(v);
  }

  /** Converts every typed value now, as pflag does while parsing, so a bad value fails before the command runs. */
  validate(): void {
    for (const name of this.parsed.flags.keys()) {
      const kind = this.specs[name]?.kind;
      if (kind === 'int') this.int(name);
      else if (kind === 'bool') this.bool(name);
      else if (DURATION_FLAGS.has(name)) this.duration(name);
    }
  }

  /** A pflag Duration flag (Go's time.ParseDuration: `30s`, `1m30s`, `-1s`, `0`), in milliseconds. */
  duration(name: string): number | undefined {
    const v = this.string(name);
    if (v === undefined) return undefined;
    const ms = goDurationMs(v);
    if (ms === undefined) throw new FlagError(`invalid argument "${v}" for "--${name}" flag: time: invalid duration ${JSON.stringify(v)}`);
    return ms;
  }
}

/** kubectl's flags of type time.Duration (declared here as strings). */
const DURATION_FLAGS = new Set(['timeout', 'update-period', 'poll-interval', 'pod-running-timeout', 'duration']);

const GO_DURATION_UNITS: Readonly<Record<string, number>> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** time.ParseDuration (src/time/format.go): an optional sign, then one or more decimal numbers with units. */
function goDurationMs(text: string): number | undefined {
  const match = /^([-+]?)((?:(?:\d+\.?\d*|\.\d+)(?:ns|us|µs|ms|s|m|h))+|0)$/.exec(text);
  if (!match) return undefined;
  let total = 0;
  for (const part of match[2]!.matchAll(/(\d+\.?\d*|\.\d+)(ns|us|µs|ms|s|m|h)/g)) total += Number(part[1]) * GO_DURATION_UNITS[part[2]!]!;
  return Math.round(match[1] === '-' ? -total : total);
}
