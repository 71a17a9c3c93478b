/**
 * Command-line parsing of `stress` 1.0.4 (Amos Waterland's stress.c, the build in docker.io/polinux/stress):
 * options are read left to right without getopt, numbers with C's `sscanf("%lli")` (so `0x10` and `010` are
 * 16 and 8, and `1.5G` is 1 GiB), sizes through `atoll_b` (suffix B, K, M or G: powers of 1024, upper or lower
 * case) and times through `atoll_s` (s, m, h, d, y). Failures print stress's own messages, whose `(N)` is the
 * line of stress.c that printed them, and exit 1.
 */

export interface StressOptions {
  /** 0 quiet, 2 the default (info), 3 verbose (debug). */
  verbosity: number;
  dryRun: boolean;
  /** Microseconds per pending worker that each worker waits before it starts (`--backoff`, default 3000). */
  backoffUs: number;
  /** Seconds, 0 for none. */
  timeoutS: number;
  cpu: number;
  io: number;
  vm: number;
  vmBytes: number;
  vmStride: number;
  /** Seconds to hold the memory before freeing it; 0 holds it forever, -1 (the default) frees it at once. */
  vmHang: number;
  vmKeep: boolean;
  hdd: number;
  hddBytes: number;
}

/** What parsing decided instead of a run: text to print and an exit code (`--help`, `--version`, an error). */
export interface StressExit {
  stdout: string;
  stderr: string;
  code: number;
}

export const STRESS_VERSION = '1.0.4';

type Parsed = { ok: true; value: number } | { ok: false; exit: StressExit };

/** Parses `argv` (argv[0] included) into options, or the output and exit code that end the run at once. */
export function parseStressOptions(argv: readonly string[], progname: string): StressOptions | StressExit {
  const options: StressOptions = { verbosity: 2, dryRun: false, backoffUs: 3000, timeoutS: 0, cpu: 0, io: 0, vm: 0, vmBytes: 256 * 1024 * 1024, vmStride: 4096, vmHang: -1, vmKeep: false, hdd: 0, hddBytes: 1024 * 1024 * 1024 };
  // err() prints at every verbosity, --quiet included.
  const fail = (line: number, message: string): StressExit => ({ stdout: '', stderr: `${progname}: FAIL: [1] (${line}) ${message}\n`, code: 1 });
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] as string;
    const flag = FLAGS[arg];
    if (flag === undefined) return fail(244, `unrecognized option: ${arg}`);
    if (flag.kind === 'help') return { stdout: stressUsage(progname), stderr: '', code: 0 };
    if (flag.kind === 'version') return { stdout: `${progname} ${STRESS_VERSION}\n`, stderr: '', code: 0 };
    if (flag.kind === 'set') {
      flag.apply(options);
      continue;
    }
    // assert_arg: a following argument that starts with `-` counts only as a negative number.
    const value = argv[++i];
    if (value === undefined || (value.startsWith('-') && !/^-\d/.test(value))) return fail(flag.line, `missing argument to option '${flag.name}'`);
    const parsed = flag.parse(value, fail);
    if (!parsed.ok) return parsed.exit;
    const error = flag.store(options, parsed.value);
    if (error !== undefined) return fail(flag.rangeLine, error);
  }
  return options;
}

type Fail = (line: number, message: string) => StressExit;

type Flag =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'set'; apply: (options: StressOptions) => void }
  | { kind: 'value'; name: string; line: number; rangeLine: number; parse: (text: string, fail: Fail) => Parsed; store: (options: StressOptions, value: number) => string | undefined };

/**
 * A numeric option: the stress.c line of its assert_arg (a missing argument), its parser, and its range check,
 * which fails from the line `rangeLine` (4 lines further down, save for --backoff's).
 */
function value(name: string, line: number, parse: (text: string, fail: Fail) => Parsed, store: (options: StressOptions, value: number) => string | undefined, rangeLine = line + 4): Flag {
  return { kind: 'value', name, line, rangeLine, parse, store };
}

function count(key: 'cpu' | 'io' | 'vm' | 'hdd', what: string): (options: StressOptions, value: number) => string | undefined {
  return (options, n) => (n <= 0 ? `invalid number of ${what} hogs: ${n}` : ((options[key] = n), undefined));
}

const FLAGS: Readonly<Record<string, Flag>> = (() => {
  const help: Flag = { kind: 'help' };
  const verbose: Flag = { kind: 'set', apply: (o) => (o.verbosity = 3) };
  const quiet: Flag = { kind: 'set', apply: (o) => (o.verbosity = 0) };
  const dryRun: Flag = { kind: 'set', apply: (o) => (o.dryRun = true) };
  const timeout = value('--timeout', 150, atollS, (o, n) => (n <= 0 ? `invalid timeout value: ${n}s` : ((o.timeoutS = n), undefined)));
  const cpu = value('--cpu', 160, atollB, count('cpu', 'cpu'));
  const io = value('--io', 170, atollB, count('io', 'io'));
  const vm = value('--vm', 180, atollB, count('vm', 'vm'));
  const hdd = value('--hdd', 224, atollB, count('hdd', 'hdd'));
  return {
    '--help': help, '-?': help, '--version': { kind: 'version' }, '--verbose': verbose, '-v': verbose, '--quiet': quiet, '-q': quiet, '--dry-run': dryRun, '-n': dryRun,
    '--backoff': value('--backoff', 135, (text, fail) => scanNumber(text, fail, 138), (o, n) => (n < 0 ? `invalid backoff factor: ${n}` : ((o.backoffUs = n), undefined)), 143),
    '--timeout': timeout, '-t': timeout, '--cpu': cpu, '-c': cpu, '--io': io, '-i': io, '--vm': vm, '-m': vm, '--hdd': hdd, '-d': hdd,
    '--vm-bytes': value('--vm-bytes', 190, atollB, (o, n) => (n <= 0 ? `invalid vm byte value: ${n}` : ((o.vmBytes = n), undefined))),
    '--vm-stride': value('--vm-stride', 200, atollB, (o, n) => (n <= 0 ? `invalid stride value: ${n}` : ((o.vmStride = n), undefined))),
    '--vm-hang': value('--vm-hang', 210, atollB, (o, n) => (n < 0 ? `invalid value: ${n}` : ((o.vmHang = n), undefined))),
    '--vm-keep': { kind: 'set', apply: (o) => (o.vmKeep = true) },
    '--hdd-bytes': value('--hdd-bytes', 234, atollB, (o, n) => (n <= 0 ? `invalid hdd byte value: ${n}` : ((o.hddBytes = n), undefined))),
  };
})();

const SIZE_SHIFTS: Readonly<Record<string, number>> = { b: 0, k: 10, m: 20, g: 30 };
const TIME_FACTORS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86400, y: 31536000 };

/** atoll_b: `150M` → 150 << 20. */
function atollB(text: string, fail: Fail): Parsed {
  return withSuffix(text, fail, SIZE_SHIFTS, (n, shift) => n * 2 ** shift, [622, 647, 654]);
}

/** atoll_s: `10m` → 600 (seconds). */
function atollS(text: string, fail: Fail): Parsed {
  return withSuffix(text, fail, TIME_FACTORS, (n, factor) => n * factor, [676, 705, 712]);
}

function withSuffix(text: string, fail: Fail, suffixes: Readonly<Record<string, number>>, apply: (n: number, unit: number) => number, lines: readonly [number, number, number]): Parsed {
  if (text === '') return { ok: false, exit: fail(lines[0], 'invalid string') };
  const suffix = text[text.length - 1] as string;
  const unit = suffixes[suffix.toLowerCase()];
  if (unit === undefined && !/[0-9]/.test(suffix)) return { ok: false, exit: fail(lines[1], `unrecognized suffix: ${suffix}`) };
  const scanned = scanNumber(text, fail, lines[2]);
  return scanned.ok && unit !== undefined ? { ok: true, value: apply(scanned.value, unit) } : scanned;
}

/** sscanf `%lli`: optional sign, then hexadecimal (`0x`), octal (leading `0`) or decimal digits; the rest is ignored. */
function scanNumber(text: string, fail: Fail, line: number): Parsed {
  const match = /^\s*([+-]?)(?:0[xX]([0-9a-fA-F]+)|(0[0-7]*)|([1-9][0-9]*))/.exec(text);
  if (!match) return { ok: false, exit: fail(line, `invalid number: ${text}`) };
  const [, sign, hex, octal, decimal] = match;
  const magnitude = hex !== undefined ? parseInt(hex, 16) : octal !== undefined ? parseInt(octal, 8) : Number(decimal);
  return { ok: true, value: sign === '-' ? -magnitude : magnitude };
}

/** usage(): printed by `--help`, and by a run with no hogs to dispatch. */
export function stressUsage(p: string): string {
  return (
    `\`${p}' imposes certain types of compute stress on your system\n\n` +
    `Usage: ${p} [OPTION [ARG]] ...\n` +
    ' -?, --help         show this help statement\n' +
    '     --version      show version statement\n' +
    ' -v, --verbose      be verbose\n' +
    ' -q, --quiet        be quiet\n' +
    ' -n, --dry-run      show what would have been done\n' +
    ' -t, --timeout N    timeout after N seconds\n' +
    '     --backoff N    wait factor of N microseconds before work starts\n' +
    ' -c, --cpu N        spawn N workers spinning on sqrt()\n' +
    ' -i, --io N         spawn N workers spinning on sync()\n' +
    ' -m, --vm N         spawn N workers spinning on malloc()/free()\n' +
    '     --vm-bytes B   malloc B bytes per vm worker (default is 256MB)\n' +
    '     --vm-stride B  touch a byte every B bytes (default is 4096)\n' +
    '     --vm-hang N    sleep N secs before free (default none, 0 is inf)\n' +
    '     --vm-keep      redirty memory instead of freeing and reallocating\n' +
    ' -d, --hdd N        spawn N workers spinning on write()/unlink()\n' +
    '     --hdd-bytes B  write B bytes per hdd worker (default is 1GB)\n\n' +
    `Example: ${p} --cpu 8 --io 4 --vm 2 --vm-bytes 128M --timeout 10s\n\n` +
    'Note: Numbers may be suffixed with s,m,h,d,y (time) or B,K,M,G (size).\n'
  );
}

/** Whether parsing ended the run. */
export function isStressExit(parsed: StressOptions | StressExit): parsed is StressExit {
  return 'code' in parsed;
}
