/**
 * Splits `kubespec run` arguments into kubespec's own options, Cucumber options (passed through as
 * written) and feature paths, rejecting anything unknown with a usage error.
 */
import { cucumberOptionName, CUCUMBER_OPTIONS } from './cucumber-options';
import { splitInline } from './parse-options';
import { UsageError } from './usage-error';

const OWN_OPTIONS: Readonly<Record<string, { value: boolean; short?: string }>> = {
  seed: { value: true },
  shard: { value: true },
  'max-virtual-time': { value: true },
  config: { value: true, short: 'c' },
  profile: { value: true, short: 'p' },
  help: { value: false, short: 'h' },
};

export interface RunArguments {
  readonly own: Record<string, string[]>;
  readonly cucumber: string[];
  /** Cucumber option names given, to know which defaults to add. */
  readonly cucumberNames: Set<string>;
  readonly paths: string[];
}

export function splitRunArguments(argv: readonly string[]): RunArguments {
  const result: RunArguments = { own: {}, cucumber: [], cucumberNames: new Set(), paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (!token.startsWith('-') || token === '-') {
      result.paths.push(token);
      continue;
    }
    const [flag, inline] = splitInline(token);
    const own = ownOptionName(flag);
    const name = own ?? cucumberOptionName(flag);
    if (!name) throw new UsageError(`unknown option "${flag}" (kubespec run passes Cucumber's options through; see "kubespec run --help")`, 'run');
    const takesValue = (own ? OWN_OPTIONS[own]! : CUCUMBER_OPTIONS[name]!).value;
    const value = takesValue ? (inline ?? argv[++i]) : undefined;
    if (takesValue && value === undefined) throw new UsageError(`option "--${name}" needs a value`, 'run');
    if (own) result.own[own] = [...(result.own[own] ?? []), value ?? 'true'];
    else {
      result.cucumberNames.add(name);
      result.cucumber.push(`--${name}`, ...(value === undefined ? [] : [value]));
    }
  }
  return result;
}

function ownOptionName(flag: string): string | undefined {
  if (flag.startsWith('--')) return flag.slice(2) in OWN_OPTIONS ? flag.slice(2) : undefined;
  return Object.keys(OWN_OPTIONS).find((name) => OWN_OPTIONS[name]!.short === flag.slice(1));
}
