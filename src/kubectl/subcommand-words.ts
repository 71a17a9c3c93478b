/**
 * The words cobra's `Command.Find` looks at when it picks a subcommand (`stripFlags` in spf13/cobra command.go):
 * every word before `--` that is not a flag nor a flag's value. Find runs before any flag is parsed, so it knows
 * only whether the parent command's flags take a value: a bool flag, or one with a NoOptDefVal such as
 * `--dry-run`, stands alone; any other flag, unknown ones included, swallows the next word (`--name value`,
 * `-n value`). `--name=value` and clusters such as `-Rf` never do. Hence `kubectl create -n ns token x` picks
 * `create token`, while `kubectl top --containers pod` finds no subcommand: `--containers` is a flag of
 * `top pod`, unknown to `top`, so `pod` is taken as its value.
 */
import type { FlagSpec, FlagSpecs } from './argv';

export function subcommandWords(words: readonly string[], parentFlags: FlagSpecs): string[] {
  const shorthands = shorthandsOf(parentFlags);
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '--') break;
    if (!w.startsWith('-')) {
      if (w !== '') found.push(w);
      continue;
    }
    if (w.includes('=')) continue;
    const spec = w.startsWith('--') ? parentFlags[w.slice(2)] : w.length === 2 ? shorthands.get(w[1]!) : undefined;
    const takesWord = w.startsWith('--') || w.length === 2;
    if (takesWord && !standsAlone(spec)) i++;
  }
  return found;
}

/** pflag gives bool flags the NoOptDefVal `true`; other flags stand alone only when they declare one. */
function standsAlone(spec: FlagSpec | undefined): boolean {
  return spec !== undefined && (spec.kind === 'bool' || spec.noOptDefault !== undefined);
}

/** By shorthand, once per flag table: the dispatcher's tables are static, and this runs for every command line. */
function shorthandsOf(flags: FlagSpecs): ReadonlyMap<string, FlagSpec> {
  let byShort = SHORTHANDS.get(flags);
  if (!byShort) SHORTHANDS.set(flags, (byShort = new Map(Object.values(flags).flatMap((spec) => (spec.short ? [[spec.short, spec] as const] : [])))));
  return byShort;
}

const SHORTHANDS = new WeakMap<FlagSpecs, ReadonlyMap<string, FlagSpec>>();
