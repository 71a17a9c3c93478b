/**
 * `perl` of the official Docker image (docker.io/library/perl), enough for the Kubernetes docs' Job
 * (`perl -Mbignum=bpi -wle 'print bpi(2000)'`) and for one-liners and small scripts like it.
 *
 * Runs: switches -e/-E (several join with newlines), -l, -w, -c, -d, -v, -M/-m (strict, warnings, and
 * bignum/bigrat/bigfloat with `=bpi`), `--`, a script file from the container's filesystem or the program on
 * stdin; statements `print`, `say` (-E), `die`, `exit`, `sleep`, `use strict/warnings` over quoted strings,
 * numbers, `.` and `bpi(N)` (perl-source.ts). Messages are perl 5.36's, checked against /usr/bin/perl.
 *
 * NOTES (approximations):
 * - Anything outside that subset is not guessed at: kubespec prints what it runs and the code it cannot run,
 *   and exits 255, perl's status for a compile error. Nothing of such a program runs.
 * - bpi(N) follows bignum 0.65 / Math::BigFloat 1.999830 (perl 5.36): N > 0 gives N digits, 0 the default 40,
 *   a negative N croaks, reported at bignum.pm line 435 (bigrat.pm 375, bigfloat.pm 386) — 5.36's line numbers,
 *   under the image's own library path (/usr/local/lib/perl5/<version>/); other bignum versions put that call
 *   on another line.
 * - `-d` (the image's CMD is `perl<version> -de0`): with no terminal the debugger prints its banner and each
 *   statement's stop to stderr, reads EOF at the prompt and lets the program run; perl5db's version is a table.
 * - CPU: 2 ms to start, 30 ms more to load a big* pragma, plus bpi's cost (bignum-pi.ts).
 * - STDOUT is block-buffered as on a pipe (8 KiB), so output shows in `kubectl logs` at exit unless the buffer
 *   fills, and a process killed by a signal loses it; STDERR is unbuffered.
 */
import { joinPath } from '../../vfs';
import type { Effect, Program, ProgramIO, Wake } from '../../program';
import { bpiCostMs, piDigits } from './bignum-pi';
import { formatNumber, fraction, type NumberMode } from './perl-numbers';
import { parsePerl, type Expression, type PerlProgram, type Statement } from './perl-source';
import { parsePerlSwitches, type ModuleUse, type PerlInvocation } from './perl-switches';

const COMPILE_ERROR_EXIT = 255;
const DIE_EXIT = 255;
const START_COST_MS = 2;
const BIG_PRAGMA_COST_MS = 30;
/** Math::BigFloat's div_scale: what bpi(0) falls back to. */
const DEFAULT_BPI_DIGITS = 40;
/** Where each pragma's bpi calls Math::BigFloat->bpi, the frame Carp blames (perl 5.36). */
const BPI_CALL_LINE: Readonly<Record<string, number>> = { bignum: 435, bigrat: 375, bigfloat: 386 };
const STDOUT_BUFFER_BYTES = 8192;

const WHAT_IT_RUNS = "kubespec's perl runs one-liners and small scripts: print, say, die, exit and sleep over quoted strings, numbers, '.' and bignum's bpi(N)";

export const perl: Program = function* (io) {
  const switches = parsePerlSwitches(io.argv.slice(1));
  const version = perlVersion(io.sys.image.version);
  switch (switches.kind) {
    case 'version':
      io.stdout(versionText(version));
      return 0;
    case 'error':
      io.stderr(switches.message);
      return switches.exitCode;
    case 'unsupported':
      return unsupported(io, `the switch ${switches.switch}`);
  }
  const modules = loadModules(switches.invocation.modules, version);
  if ('exitCode' in modules) {
    io.stderr(modules.message);
    return modules.exitCode;
  }
  if ('unsupported' in modules) return unsupported(io, modules.unsupported);
  const source = readProgram(io, switches.invocation);
  if ('exitCode' in source) {
    io.stderr(source.message);
    return source.exitCode;
  }
  const shebang = shebangSwitches(source.code);
  if (shebang === undefined) return unsupported(io, `the switches of the #! line of ${source.name}`);
  const invocation = { ...switches.invocation, printNewline: switches.invocation.printNewline || shebang.printNewline };
  const parsed = parsePerl(source.code, { name: source.name, say: invocation.say, warnings: invocation.warnings || shebang.warnings || modules.warnings, mode: modules.mode, bpiExporter: modules.bpiExporter });
  if (!parsed.ok && parsed.kind === 'compile-error') {
    io.stderr(parsed.message);
    return COMPILE_ERROR_EXIT;
  }
  if (!parsed.ok) return unsupported(io, `"${parsed.code}" (${source.name} line ${parsed.line})`);
  for (const warning of parsed.program.warnings) io.stderr(warning);
  yield { kind: 'cpu', ms: START_COST_MS + (modules.mode === 'native' ? 0 : BIG_PRAGMA_COST_MS) };
  if (invocation.checkOnly) {
    io.stderr(`${source.name} syntax OK\n`);
    return 0;
  }
  const run: Run = { io, name: source.name, version, mode: modules.mode, printNewline: invocation.printNewline, stdout: new BufferedStdout(io) };
  if (invocation.debugger) io.stderr(debuggerBanner(version));
  const code = yield* runProgram(run, parsed.program, invocation.debugger ? source.code.split('\n') : undefined);
  run.stdout.flush();
  return code;
};

interface Run {
  readonly io: ProgramIO;
  readonly name: string;
  readonly version: string;
  readonly mode: NumberMode;
  readonly printNewline: boolean;
  readonly stdout: BufferedStdout;
}

/** Runs the statements in order; returns the exit status. `sourceLines` is set under the debugger. */
function* runProgram(run: Run, program: PerlProgram, sourceLines: readonly string[] | undefined): Generator<Effect, number, Wake> {
  for (const statement of program.statements) {
    if (sourceLines && statement.kind !== 'use') run.io.stderr(`main::(${run.name}:${statement.line}):\t${sourceLines[statement.line - 1] ?? ''}\n  DB<1> `);
    const outcome = yield* runStatement(run, statement);
    if (outcome !== undefined) return outcome;
  }
  return 0;
}

/** Runs one statement: undefined to go on, or the exit status. */
function* runStatement(run: Run, statement: Statement): Generator<Effect, number | undefined, Wake> {
  switch (statement.kind) {
    case 'print': {
      const text = yield* evaluateList(run, statement.args);
      if (typeof text !== 'string') return die(run, text.error);
      if (statement.topic && statement.warnings) run.io.stderr(`Use of uninitialized value $_ in ${statement.say ? 'say' : 'print'} at ${run.name} line ${statement.line}.\n`);
      run.stdout.write(statement.say || run.printNewline ? `${text}\n` : text);
      return undefined;
    }
    case 'die': {
      const text = yield* evaluateList(run, statement.args);
      if (typeof text !== 'string') return die(run, text.error);
      const message = text === '' ? 'Died' : text;
      return die(run, message.endsWith('\n') ? message : `${message} at ${run.name} line ${statement.line}.\n`);
    }
    case 'exit':
      return statement.value;
    case 'sleep':
      if (statement.seconds === undefined) for (;;) yield { kind: 'block' };
      if (statement.seconds > 0) yield { kind: 'sleep', ms: statement.seconds * 1000 };
      return undefined;
    case 'nothing':
    case 'use':
      return undefined;
  }
}

function die(run: Run, message: string): number {
  run.io.stderr(message);
  return DIE_EXIT;
}

/** print/die's LIST, joined as `$,` (empty) joins it; bpi charges its CPU time as it is computed. */
function* evaluateList(run: Run, list: readonly Expression[]): Generator<Effect, string | { error: string }, Wake> {
  let text = '';
  for (const expression of list) {
    for (const term of expression) {
      if (term.kind === 'string') text += term.value;
      else if (term.kind === 'number') text += formatNumber(term.literal, term.negative, run.mode);
      else {
        if (term.exporter === undefined) return { error: `Undefined subroutine &main::bpi called at ${run.name} line ${term.line}.\n` };
        if (term.digits < 0) return { error: `Argument to accuracy must be greater than zero at /usr/local/lib/perl5/${run.version}/${term.exporter}.pm line ${BPI_CALL_LINE[term.exporter]}.\n` };
        const digits = term.digits === 0 ? DEFAULT_BPI_DIGITS : term.digits;
        yield { kind: 'cpu', ms: bpiCostMs(digits) };
        text += formatPi(piDigits(digits), term.exporter === 'bigrat');
      }
    }
  }
  return text;
}

/** Math::BigFloat prints all N digits (trailing zeros kept); Math::BigRat the value as a reduced fraction. */
function formatPi(digits: string, rational: boolean): string {
  if (rational) return fraction(BigInt(digits), 10n ** BigInt(digits.length - 1));
  return digits.length === 1 ? digits : `${digits[0]}.${digits.slice(1)}`;
}

interface LoadedModules {
  readonly mode: NumberMode;
  readonly bpiExporter: string | undefined;
  readonly warnings: boolean;
}

const BIG_PRAGMAS: Readonly<Record<string, NumberMode>> = { bignum: 'bigfloat', bigfloat: 'bigfloat', bigrat: 'bigrat' };
/** bignum's exports that kubespec's perl accepts in an import list (only bpi is callable in the subset). */
const BIG_PRAGMA_IMPORTS = new Set(['bpi', 'PI', 'e']);

function loadModules(modules: readonly ModuleUse[], version: string): LoadedModules | { unsupported: string } | { message: string; exitCode: number } {
  let loaded: LoadedModules = { mode: 'native', bpiExporter: undefined, warnings: false };
  for (const module of modules) {
    const flag = `-${module.callsImport ? 'M' : 'm'}${module.no ? '-' : ''}${module.name}${module.imports ? `=${module.imports.join(',')}` : ''}`;
    if (module.name === 'strict') continue;
    if (module.name === 'warnings' && !module.no) {
      loaded = { ...loaded, warnings: loaded.warnings || module.callsImport };
      continue;
    }
    const mode = BIG_PRAGMAS[module.name];
    if (mode === undefined || module.no || !(module.imports ?? []).every((name) => BIG_PRAGMA_IMPORTS.has(name))) return { unsupported: flag };
    // bigfloat.pm arrived with bignum 0.60; perl 5.34's bignum 0.51 has no such file.
    if (module.name === 'bigfloat' && minorVersion(version) < 36) return { message: cantLocate('bigfloat', version), exitCode: 2 };
    if (!module.callsImport) continue;
    loaded = { ...loaded, mode, bpiExporter: module.imports?.includes('bpi') ? module.name : loaded.bpiExporter };
  }
  return loaded;
}

function cantLocate(module: string, version: string): string {
  const arch = 'x86_64-linux-gnu';
  const inc = [`site_perl/${version}/${arch}`, `site_perl/${version}`, `vendor_perl/${version}/${arch}`, `vendor_perl/${version}`, `${version}/${arch}`, version].map((dir) => `/usr/local/lib/perl5/${dir}`);
  return `Can't locate ${module}.pm in @INC (you may need to install the ${module} module) (@INC contains: ${inc.join(' ')}).\nBEGIN failed--compilation aborted.\n`;
}

/** The program's text and name: `-e` code, a script in the container's filesystem, or stdin. */
function readProgram(io: ProgramIO, invocation: PerlInvocation): { code: string; name: string } | { message: string; exitCode: number } {
  const source = invocation.source;
  if (source.kind === 'code') return { code: source.code, name: '-e' };
  if (source.kind === 'stdin') return { code: io.stdin, name: '-' };
  const fs = io.sys.fs;
  const path = joinPath(io.cwd, source.path);
  const file = fs.regularFile(path);
  if (file) return { code: file.content, name: source.path };
  // perl opens a directory fine and fails reading it; it exits with errno, which by then is ENOTTY (25).
  const isDirectory = fs.exists(path) && fs.stat(path).kind === 'dir';
  return { message: `Can't open perl script "${source.path}": ${isDirectory ? 'Is a directory' : 'No such file or directory'}\n`, exitCode: isDirectory ? 25 : 2 };
}

/** perl honours -w and -l on a script's own `#!...perl` line; undefined for other switches there. */
function shebangSwitches(code: string): { warnings: boolean; printNewline: boolean } | undefined {
  const line = /^#!\S*perl\S*([^\n]*)/.exec(code);
  const flags = (line?.[1] ?? '').trim();
  if (flags === '') return { warnings: false, printNewline: false };
  if (!/^(-[wl]+\s*)+$/.test(flags)) return undefined;
  return { warnings: flags.includes('w'), printNewline: flags.includes('l') };
}

function unsupported(io: ProgramIO, what: string): number {
  io.stderr(`${WHAT_IT_RUNS}; it cannot run ${what}.\n`);
  return COMPILE_ERROR_EXIT;
}

/** perl's STDOUT on a pipe: written out in 8 KiB blocks and at exit. */
class BufferedStdout {
  private buffer = '';

  constructor(private readonly io: ProgramIO) {}

  write(text: string): void {
    this.buffer += text;
    while (this.buffer.length >= STDOUT_BUFFER_BYTES) {
      this.io.stdout(this.buffer.slice(0, STDOUT_BUFFER_BYTES));
      this.buffer = this.buffer.slice(STDOUT_BUFFER_BYTES);
    }
  }

  flush(): void {
    if (this.buffer !== '') this.io.stdout(this.buffer);
    this.buffer = '';
  }
}

/** The newest release of each series on 2025-01-01, for tags that name only `5.34` or `5`. */
const LATEST_RELEASE: Readonly<Record<string, string>> = { '5': '5.40.0', '5.40': '5.40.0', '5.38': '5.38.2', '5.36': '5.36.3', '5.34': '5.34.3', '5.32': '5.32.1', '5.30': '5.30.3' };

function perlVersion(imageVersion: string): string {
  return LATEST_RELEASE[imageVersion] ?? imageVersion;
}

function minorVersion(version: string): number {
  return Number(version.split('.')[1] ?? 0);
}

/** `perl -v` of the image, built with -Darchname=x86_64-linux-gnu and no distribution patches. */
function versionText(version: string): string {
  const [, minor = '0', patch = '0'] = version.split('.');
  // Approximation: the year of the series' first release (5.34 → 2021); a maintenance release may say later.
  const year = 2004 + Math.floor(Number(minor) / 2);
  return `
This is perl 5, version ${minor}, subversion ${patch} (v${version}) built for x86_64-linux-gnu

Copyright 1987-${year}, Larry Wall

Perl may be copied only under the terms of either the Artistic License or the
GNU General Public License, which may be found in the Perl 5 source kit.

Complete documentation for Perl, including FAQ lists, should be found on
this system using "man perl" or "perldoc perl".  If you have access to the
Internet, point your browser at https://www.perl.org/, the Perl Home Page.

`;
}

/** perl5db.pl's version by perl series (1.73 checked on 5.36; the others from each release's perldelta). */
const PERL5DB_VERSION: Readonly<Record<number, string>> = { 34: '1.60', 36: '1.73', 38: '1.77', 40: '1.80' };

function debuggerBanner(version: string): string {
  const perl5db = PERL5DB_VERSION[minorVersion(version)] ?? '1.80';
  return `\nLoading DB routines from perl5db.pl version ${perl5db}\nEditor support available.\n\nEnter h or 'h h' for help, or 'man perldebug' for more help.\n\n`;
}
