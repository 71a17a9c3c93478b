import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeContainer, type RunResult } from '../../testing';
import { piDigits } from './bignum-pi';
import { formatPercentG15 } from './perl-numbers';

/** `perl -Mbignum=bpi -wle 'print bpi(1000)'` as perl 5.36 printed it. */
const REAL_BPI_1000 = readFileSync(join(__dirname, 'testdata', 'perl-5.36-bpi-1000.txt'), 'utf8');

function perl(args: readonly string[], options: { image?: string; files?: Record<string, string>; signals?: { atMs: number; signal: 'SIGTERM' | 'SIGKILL' }[]; untilMs?: number } = {}): RunResult {
  const container = new FakeContainer({ image: options.image ?? 'perl:5.34.0' });
  for (const [path, content] of Object.entries(options.files ?? {})) container.fs.writeFile(path, content);
  return container.run(container.spawn(['perl', ...args]), { signals: options.signals, untilMs: options.untilMs });
}

const UNSUPPORTED = /^kubespec's perl runs one-liners and small scripts: .*; it cannot run /;

test("the docs' Job command prints π to 2000 significant digits and exits 0", () => {
  const run = perl(['-Mbignum=bpi', '-wle', 'print bpi(2000)']);
  assert.equal(run.exitCode, 0);
  assert.equal(run.stderr, '');
  assert.match(run.stdout, /^3\.\d{1999}\n$/);
  assert.equal(run.stdout.slice(0, 1000), REAL_BPI_1000.slice(0, 1000), 'the first 999 decimals agree with perl');
  assert.equal(run.stdout.replace('.', '').slice(0, 2000), spigotPi(2010).slice(0, 1999) + roundedDigit(spigotPi(2010), 1999));
});

test('bpi(N) rounds to N significant digits exactly as perl 5.36 does', () => {
  assert.equal(perl(['-Mbignum=bpi', '-wle', 'print bpi(1000)']).stdout, REAL_BPI_1000);
  const expected: Record<number, string> = { 1: '3', 2: '3.1', 10: '3.141592654', 33: '3.14159265358979323846264338327950' };
  for (const [n, text] of Object.entries(expected)) assert.equal(perl(['-Mbignum=bpi', '-le', `print bpi(${n})`]).stdout, `${text}\n`, `bpi(${n})`);
  // Where rounding carries into the Feynman point's 9s: perl 5.36 printed bpi(762) ending …870721135.
  assert.match(perl(['-Mbignum=bpi', '-le', 'print bpi(762)']).stdout, /^3\.\d{752}870721135\n$/);
  assert.equal(piDigits(762).slice(0, 755), REAL_BPI_1000.replace('.', '').slice(0, 755));
});

test('bpi(0) falls back to 40 digits; a negative N croaks from bignum.pm; bpi needs its import', () => {
  assert.equal(perl(['-Mbignum=bpi', '-le', 'print bpi(0)']).stdout, '3.141592653589793238462643383279502884197\n');
  const negative = perl(['-Mbignum=bpi', '-le', 'print "before"; print bpi(-5)']);
  assert.deepEqual([negative.exitCode, negative.stderr], [255, 'Argument to accuracy must be greater than zero at /usr/local/lib/perl5/5.34.0/bignum.pm line 435.\n']);
  assert.equal(negative.stdout, 'before\n', 'a run-time error: the statements before it ran');
  const rational = perl(['-Mbigrat=bpi', '-le', 'print bpi(-1)'], { image: 'perl' });
  assert.equal(rational.stderr, 'Argument to accuracy must be greater than zero at /usr/local/lib/perl5/5.40.0/bigrat.pm line 375.\n');
  for (const imports of [[], ['-Mbignum'], ['-Mbignum=PI'], ['-mbignum']]) {
    const run = perl([...imports, '-wle', 'print bpi(5)']);
    assert.deepEqual([run.exitCode, run.stderr], [255, 'Undefined subroutine &main::bpi called at -e line 1.\n'], imports.join(' '));
  }
  assert.equal(perl(['-mbignum=bpi', '-le', 'print bpi 5']).stdout, '3.1416\n', '-m with imports is -M');
});

test('bpi() and bpi(1,2) are compile errors, so nothing runs', () => {
  const none = perl(['-Mbignum=bpi', '-wle', 'print "x"; print bpi()']);
  assert.deepEqual([none.exitCode, none.stdout], [255, '']);
  assert.equal(none.stderr, 'Not enough arguments for bignum::bpi at -e line 1, near "()\n"\nExecution of -e aborted due to compilation errors.\n');
  assert.match(perl(['-Mbignum=bpi', '-le', 'print bpi(); print 1']).stderr, /near "\(\)"\n/);
  assert.equal(perl(['-Mbignum=bpi', '-le', 'print bpi(1,2)']).stderr, 'Too many arguments for bignum::bpi at -e line 1, near "2)\n"\nExecution of -e aborted due to compilation errors.\n');
});

test('bigrat prints bpi as a fraction; bigfloat exists from perl 5.36 on', () => {
  assert.equal(perl(['-Mbigrat=bpi', '-le', 'print bpi(10); print bpi(2); print 1.5']).stdout, '1570796327/500000000\n31/10\n3/2\n');
  assert.equal(perl(['-Mbigfloat=bpi', '-le', 'print bpi(10)'], { image: 'perl:5.40.0' }).stdout, '3.141592654\n');
  const old = perl(['-Mbigfloat=bpi', '-le', 'print bpi(10)']);
  assert.equal(old.exitCode, 2);
  assert.match(old.stderr, /^Can't locate bigfloat\.pm in @INC \(you may need to install the bigfloat module\) \(@INC contains: \/usr\/local\/lib\/perl5\/site_perl\/5\.34\.0\/x86_64-linux-gnu .* \/usr\/local\/lib\/perl5\/5\.34\.0\)\.\nBEGIN failed--compilation aborted\.\n$/);
});

test('switches bundle, -e chunks join with newlines, and -- ends the switches', () => {
  assert.equal(perl(['-wle', 'print "a"']).stdout, 'a\n');
  assert.equal(perl(['-l', '-w', '-e', 'print 3']).stdout, '3\n');
  assert.equal(perl(['-eprint 4']).stdout, '4');
  assert.equal(perl(['-e', 'print "a\\n";', '-e', 'die "b"']).stderr, 'b at -e line 2.\n');
  assert.equal(perl(['-le', 'print 1', '--', 'ignored']).stdout, '1\n');
  assert.deepEqual(pick(perl(['-e'])), [25, 'No code specified for -e.\n']);
  assert.deepEqual(pick(perl(['-wle'])), [25, 'No code specified for -e.\n']);
  assert.deepEqual(pick(perl(['-M', 'bignum', '-e', '1'])), [25, 'Missing argument to -M.\n']);
  assert.deepEqual(pick(perl(['-q'])), [25, 'Unrecognized switch: -q  (-h will show valid options).\n']);
  assert.match(perl(['-ne', 'print']).stderr, UNSUPPORTED);
});

test('a script file comes from the container filesystem; a missing one exits 2', () => {
  const files = { '/usr/src/app/hello.pl': '#!/usr/bin/perl -w\nuse strict;\nuse warnings;\n# greet\nprint "hello\\n";\ndie "bye"\n' };
  const run = perl(['hello.pl'], { files });
  assert.deepEqual([run.stdout, run.stderr, run.exitCode], ['hello\n', 'bye at hello.pl line 6.\n', 255]);
  assert.deepEqual(pick(perl(['x'])), [2, 'Can\'t open perl script "x": No such file or directory\n']);
  assert.deepEqual(pick(perl(['/usr/src/app'])), [25, 'Can\'t open perl script "/usr/src/app": Is a directory\n']);
});

test('print, say, die and exit as perl runs them', () => {
  assert.equal(perl(['-e', 'print "a", "b" . \'c\\n\' . "\\t\\\\\\"\\$\\@"']).stdout, 'abc\\n\t\\"$@');
  assert.equal(perl(['-E', 'say "hi", "x"']).stdout, 'hix\n');
  assert.equal(perl(['-lE', 'say "hi"']).stdout, 'hi\n', 'say under -l still ends with one newline');
  assert.match(perl(['-e', 'say "hi"']).stderr, UNSUPPORTED, 'say needs -E');
  assert.deepEqual(pick(perl(['-e', 'die'])), [255, 'Died at -e line 1.\n']);
  assert.deepEqual(pick(perl(['-e', 'die "a", "b"'])), [255, 'ab at -e line 1.\n']);
  assert.deepEqual(pick(perl(['-e', 'die "boom\\n"'])), [255, 'boom\n']);
  assert.equal(perl(['-e', 'exit 3']).exitCode, 3);
  assert.equal(perl(['-e', 'exit(256)']).exitCode, 0);
  assert.equal(perl(['-e', 'exit -1']).exitCode, 255);
  assert.equal(perl(['-e', 'exit; print "no"']).stdout, '');
  const bare = perl(['-wle', 'print']);
  assert.deepEqual([bare.stdout, bare.stderr], ['\n', 'Use of uninitialized value $_ in print at -e line 1.\n']);
  assert.equal(perl(['-we', 'print ("a")']).stderr, 'print (...) interpreted as function at -e line 1.\n');
  assert.equal(perl(['-we', 'print ("a");']).stderr, '');
  assert.equal(perl(['-we', '1; 0; 5']).stderr, 'Useless use of a constant (5) in void context at -e line 1.\n');
});

test("numbers print with perl's %.15g, or exactly under bignum", () => {
  assert.equal(perl(['-le', 'print 1.50, " ", 1e3, " ", 1e21, " ", 1e15, " ", 1e14, " ", 0.0001, " ", 1e-5, " ", 007, " ", 0x10, " ", 1_000']).stdout, '1.5 1000 1e+21 1e+15 100000000000000 0.0001 1e-05 7 16 1000\n');
  assert.equal(perl(['-le', 'print 18446744073709551615, " ", 18446744073709551616, " ", 1.23456789012345678, " ", -3, " ", - 2.5']).stdout, '18446744073709551615 1.84467440737096e+19 1.23456789012346 -3 -2.5\n');
  assert.equal(perl(['-Mbignum', '-le', 'print 1.50, " ", 1e3, " ", 1.23456789012345678, " ", 1e-5, " ", 18446744073709551616']).stdout, '1.5 1000 1.23456789012345678 0.00001 18446744073709551616\n');
  assert.equal(formatPercentG15(0.1 + 0.2), '0.3');
});

test('sleep waits on virtual time; stdout is block-buffered as on a pipe', () => {
  const run = perl(['-e', 'print "start\\n"; sleep 2.9; print "end\\n"']);
  assert.equal(run.elapsedMs, 2_002, '2 ms to start, then sleep(2): perl truncates to whole seconds');
  assert.deepEqual(run.output.map((line) => [line.at, line.text]), [[2_002, 'start\nend\n']]);
  const killed = perl(['-e', 'print "lost"; sleep'], { signals: [{ atMs: 5_000, signal: 'SIGKILL' }] });
  assert.deepEqual([killed.exitCode, killed.stdout], [137, '']);
});

test('bpi charges CPU time growing with N²', () => {
  assert.equal(perl(['-Mbignum=bpi', '-wle', 'print bpi(1000)']).elapsedMs, 52);
  assert.equal(perl(['-Mbignum=bpi', '-wle', 'print bpi(2000)']).elapsedMs, 112);
  assert.equal(perl(['-e', 'print 1']).elapsedMs, 2);
});

test('code outside the subset is refused before anything runs, exit 255', () => {
  for (const code of ['print "a"; print "$x"', 'print "a"; print 1 + 2', 'print "a"; my $x = 1', 'print "a" if 1', 'print bpi(30000)']) {
    const run = perl(['-Mbignum=bpi', '-e', code]);
    assert.equal(run.exitCode, 255, code);
    assert.equal(run.stdout, '', code);
    assert.match(run.stderr, UNSUPPORTED, code);
  }
  assert.match(perl(['-e', 'print 1 + 2']).stderr, /it cannot run "print 1 \+ 2" \(-e line 1\)\.\n$/);
  assert.match(perl(['-MPOSIX', '-e', '1']).stderr, /it cannot run -MPOSIX\.\n$/);
  assert.match(perl(['-Mbigint=bpi', '-e', '1']).stderr, /it cannot run -Mbigint=bpi\.\n$/);
});

test("the image's CMD, perl -de0: the debugger reads EOF and the container exits 0", () => {
  const container = new FakeContainer({ image: 'perl' });
  const run = container.run(container.spawn());
  assert.equal(run.exitCode, 0);
  assert.equal(run.stderr, "\nLoading DB routines from perl5db.pl version 1.80\nEditor support available.\n\nEnter h or 'h h' for help, or 'man perldebug' for more help.\n\nmain::(-e:1):\t0\n  DB<1> ");
  const debugged = perl(['-de', 'print "x\\n"'], { image: 'perl:5.36.0' });
  assert.equal(debugged.stdout, 'x\n');
  assert.match(debugged.stderr, /version 1\.73\n[^]*main::\(-e:1\):\tprint "x\\n"\n {2}DB<1> $/);
});

test('-c checks, -v tells the version, and with no program perl reads stdin (empty in a container)', () => {
  assert.deepEqual(pick(perl(['-c', '-e', 'print 1'])), [0, '-e syntax OK\n']);
  assert.match(perl(['-v'], { image: 'perl:5.40.0' }).stdout, /^\nThis is perl 5, version 40, subversion 0 \(v5\.40\.0\) built for x86_64-linux-gnu\n\nCopyright 1987-2024, Larry Wall\n/);
  assert.deepEqual([perl([]).exitCode, perl([]).stdout], [0, '']);
});

function pick(run: RunResult): [number | undefined, string] {
  return [run.exitCode, run.stderr];
}

/** π's first `count` digits by Rabinowitz–Wagon's spigot: independent of bignum-pi's Machin series. */
function spigotPi(count: number): string {
  const length = Math.floor((10 * count) / 3) + 1;
  const a = new Array<number>(length).fill(2);
  let digits = '';
  let nines = 0;
  let predigit = 0;
  for (let j = 0; j < count + 1; j++) {
    let q = 0;
    for (let i = length; i > 0; i--) {
      const x = 10 * (a[i - 1] as number) + q * i;
      a[i - 1] = x % (2 * i - 1);
      q = Math.floor(x / (2 * i - 1));
    }
    a[0] = q % 10;
    q = Math.floor(q / 10);
    if (q === 9) nines++;
    else if (q === 10) {
      digits += String(predigit + 1) + '0'.repeat(nines);
      predigit = 0;
      nines = 0;
    } else {
      if (j > 0) digits += String(predigit);
      predigit = q;
      if (nines > 0) digits += '9'.repeat(nines);
      nines = 0;
    }
  }
  return digits.slice(0, count);
}

/** Digit `index` of `digits` rounded by the digit after it (no carry: the test's digits do not need one). */
function roundedDigit(digits: string, index: number): string {
  const digit = Number(digits[index]);
  return String(Number(digits[index + 1]) >= 5 ? digit + 1 : digit);
}
