/**
 * A small option parser for kubespec's own flags (`--out DIR`, `--seed=7`, repeatable `--submission`),
 * strict about unknown options and missing values so mistakes end with exit code 2 and a clear message.
 */
import { UsageError } from './usage-error';

export type OptionKind = 'string' | 'strings' | 'boolean';

export interface OptionSpec {
  readonly kind: OptionKind;
  readonly short?: string;
}

export interface ParsedOptions {
  readonly values: Record<string, string | string[] | boolean>;
  readonly positionals: string[];
}

export function parseOptions(command: string, argv: readonly string[], specs: Readonly<Record<string, OptionSpec>>): ParsedOptions {
  const values: Record<string, string | string[] | boolean> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!token.startsWith('-') || token === '-') {
      positionals.push(token);
      continue;
    }
    const [flag, inline] = splitInline(token);
    const name = optionName(flag, specs);
    if (!name) throw new UsageError(`unknown option "${flag}"`, command);
    const spec = specs[name]!;
    if (spec.kind === 'boolean') {
      if (inline !== undefined) throw new UsageError(`option "--${name}" takes no value`, command);
      values[name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`option "--${name}" needs a value`, command);
    values[name] = spec.kind === 'strings' ? [...((values[name] as string[] | undefined) ?? []), value] : value;
  }
  return { values, positionals };
}

export function splitInline(token: string): [string, string | undefined] {
  const eq = token.indexOf('=');
  return token.startsWith('--') && eq > 0 ? [token.slice(0, eq), token.slice(eq + 1)] : [token, undefined];
}

function optionName(flag: string, specs: Readonly<Record<string, OptionSpec>>): string | undefined {
  if (flag.startsWith('--')) return flag.slice(2) in specs ? flag.slice(2) : undefined;
  return Object.keys(specs).find((name) => specs[name]!.short === flag.slice(1));
}

export function stringOption(parsed: ParsedOptions, name: string): string | undefined {
  const value = parsed.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function stringsOption(parsed: ParsedOptions, name: string): string[] {
  const value = parsed.values[name];
  return Array.isArray(value) ? value : [];
}

/** `--seed 7`: a whole number, or a usage error naming the option. */
export function integerOption(parsed: ParsedOptions, name: string, command: string, min = 0): number | undefined {
  const text = stringOption(parsed, name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new UsageError(`option "--${name}" must be a whole number of at least ${min}, not "${text}"`, command);
  return value;
}
