/**
 * perl's command line (perl.c `moreswitches`/`S_parse_body`, perlrun(1)): switches bundle (`-wle CODE`), `-e`
 * takes the rest of its argument or the next one, several `-e` join with newlines, `-M`/`-m` take the rest
 * of their argument, `--` ends the switches, and the first other argument is the script (`-` or none: stdin).
 * Startup errors exit 25 on perl 5.36 (`No code specified for -e.`, `Unrecognized switch`, `Missing argument
 * to -M.`): perl exits with errno, which its isatty probe of stdin left at ENOTTY.
 */

export interface ModuleUse {
  /** `-MFoo` / `-M-Foo` (`no Foo`) / `-mFoo` (loaded, import not called). */
  readonly name: string;
  readonly no: boolean;
  /** `=a,b` imports; undefined when none were given (for -m that means no import call at all). */
  readonly imports: readonly string[] | undefined;
  readonly callsImport: boolean;
}

export type ProgramSource = { kind: 'code'; code: string } | { kind: 'file'; path: string } | { kind: 'stdin' };

export interface PerlInvocation {
  readonly source: ProgramSource;
  readonly printNewline: boolean;
  readonly warnings: boolean;
  readonly say: boolean;
  readonly debugger: boolean;
  readonly checkOnly: boolean;
  readonly modules: readonly ModuleUse[];
}

export type SwitchesResult =
  | { kind: 'run'; invocation: PerlInvocation }
  | { kind: 'version' }
  /** A startup error perl itself reports, with its exit status. */
  | { kind: 'error'; message: string; exitCode: number }
  /** A real perl switch kubespec's perl does not implement. */
  | { kind: 'unsupported'; switch: string };

const STARTUP_ERROR_EXIT = 25;
/** Switches perlrun(1) documents that kubespec's perl does not implement. */
const OTHER_PERL_SWITCHES = new Set('0aCDfFgHhiInpsStTuUVWxX'.split(''));

export function parsePerlSwitches(args: readonly string[]): SwitchesResult {
  const state = { printNewline: false, warnings: false, say: false, debugger: false, checkOnly: false, modules: [] as ModuleUse[], code: [] as string[] };
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      i++;
      break;
    }
    if (!arg.startsWith('-') || arg === '-') break;
    const outcome = bundle(arg.slice(1), args[i + 1], state);
    if (outcome === 'took-next') i++;
    else if (outcome !== 'done') return outcome;
  }
  const source: ProgramSource = state.code.length > 0
    ? { kind: 'code', code: state.code.map((chunk) => `${chunk}\n`).join('') }
    : args[i] === undefined || args[i] === '-' ? { kind: 'stdin' } : { kind: 'file', path: args[i] as string };
  const { code: _code, ...flags } = state;
  return { kind: 'run', invocation: { ...flags, source } };
}

type BundleState = { printNewline: boolean; warnings: boolean; say: boolean; debugger: boolean; checkOnly: boolean; modules: ModuleUse[]; code: string[] };

/** One argument's bundle of switches, e.g. `wle` of `-wle`. */
function bundle(text: string, next: string | undefined, state: BundleState): 'done' | 'took-next' | Exclude<SwitchesResult, { kind: 'run' }> {
  for (let at = 0; at < text.length; at++) {
    const c = text[at] as string;
    const rest = text.slice(at + 1);
    switch (c) {
      case 'e':
      case 'E':
        state.say ||= c === 'E';
        if (rest !== '') {
          state.code.push(rest);
          return 'done';
        }
        if (next === undefined) return { kind: 'error', message: `No code specified for -${c}.\n`, exitCode: STARTUP_ERROR_EXIT };
        state.code.push(next);
        return 'took-next';
      case 'M':
      case 'm':
        if (rest === '') return { kind: 'error', message: `Missing argument to -${c}.\n`, exitCode: STARTUP_ERROR_EXIT };
        state.modules.push(moduleUse(rest, c === 'M'));
        return 'done';
      case 'l':
        // `-l0`, `-l012`: an octal record separator, not implemented.
        if (/^[0-7]/.test(rest)) return { kind: 'unsupported', switch: `-l${rest}` };
        state.printNewline = true;
        break;
      case 'w':
        state.warnings = true;
        break;
      case 'c':
        state.checkOnly = true;
        break;
      case 'd':
        if (rest.startsWith(':') || rest.startsWith('t')) return { kind: 'unsupported', switch: `-d${rest}` };
        state.debugger = true;
        break;
      case 'v':
        return { kind: 'version' };
      case '-':
        break;
      default:
        if (OTHER_PERL_SWITCHES.has(c)) return { kind: 'unsupported', switch: `-${c}${rest}` };
        return { kind: 'error', message: `Unrecognized switch: -${c}${rest}  (-h will show valid options).\n`, exitCode: STARTUP_ERROR_EXIT };
    }
  }
  return 'done';
}

/** `-MFoo=a,b` is `use Foo split(/,/, q{a,b})`; `-mFoo` is `use Foo ()`; `-M-Foo` is `no Foo`. */
function moduleUse(spec: string, capitalM: boolean): ModuleUse {
  const no = spec.startsWith('-');
  const [name, imports] = (no ? spec.slice(1) : spec).split(/=(.*)/s) as [string, string | undefined];
  return { name, no, imports: imports === undefined ? undefined : imports.split(','), callsImport: capitalM || imports !== undefined };
}
