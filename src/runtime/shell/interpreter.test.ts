import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FakeContainer } from '../testing';

function run(script: string): { stdout: string; stderr: string; exitCode: number | undefined } {
  return new FakeContainer().runScript(script);
}

test('"$@" keeps arguments apart; $# and $0 come from sh -c', () => {
  const container = new FakeContainer();
  const result = container.run(container.spawn(['sh', '-c', 'for a in "$@"; do echo "[$a]"; done; echo $# $0', 'myname', 'one two', 'three']));
  assert.equal(result.stdout, '[one two]\n[three]\n2 myname\n');
});

test('parameter expansion operators', () => {
  const result = run('f=/a/b/file.tar.gz; echo ${f##*/} ${f%%.*} ${f#*/} ${f%.gz}; echo ${u-unset} ${e:-empty} ${e-set}; e=; echo ${e:+alt}x ${u:=def} $u');
  assert.equal(result.stdout, 'file.tar.gz /a/b/file a/b/file.tar.gz /a/b/file.tar\nunset empty set\nx def def\n');
});

test('${VAR:?message} ends the shell with status 2', () => {
  const result = run('echo ${MISSING:?is required}; echo not reached');
  assert.deepEqual([result.stderr, result.exitCode], ['sh: MISSING: is required\n', 2]);
});

test('set -e stops at the first failing command, but not in conditions', () => {
  const result = run('set -e; if false; then :; fi; false || echo recovered; false; echo not reached');
  assert.deepEqual([result.stdout, result.exitCode], ['recovered\n', 1]);
});

test('functions, return, break and continue', () => {
  const result = run('greet() { echo "hi $1"; return 3; }; greet you; echo $?; for i in 1 2 3 4; do [ $i = 2 ] && continue; [ $i = 4 ] && break; echo $i; done');
  assert.equal(result.stdout, 'hi you\n3\n1\n3\n');
});

test('subshells and command substitutions do not leak variables or cd', () => {
  const result = run('x=1; (x=2; cd /tmp); y=$(x=3; echo $x); echo $x $y $(pwd)');
  assert.equal(result.stdout, '1 3 /\n');
});

test('while read line loops over a file', () => {
  const result = run('printf "a b\\nc\\n" > /tmp/in; while read first rest; do echo "<$first|$rest>"; done < /tmp/in');
  assert.equal(result.stdout, '<a|b>\n<c|>\n');
});

test('unquoted expansions are split on IFS and globbed; quoted ones are not', () => {
  const result = run('touch /tmp/a.txt /tmp/b.txt; v="1  2"; for x in $v; do echo $x; done; echo "$v"; echo /tmp/*.txt; echo "/tmp/*.txt"; echo /tmp/*.none');
  assert.equal(result.stdout, '1\n2\n1  2\n/tmp/a.txt /tmp/b.txt\n/tmp/*.txt\n/tmp/*.none\n');
});

test('eval, printf reuse, echo -e and exit status of the last command', () => {
  const result = run('eval "echo evaluated"; printf "%s-%s\\n" a b c d; echo -e "x\\ty"; sh -c "exit 7"; echo $?');
  assert.equal(result.stdout, 'evaluated\na-b\nc-d\nx\ty\n7\n');
});

test('writing to /proc/1/fd/1 reaches PID 1 output', () => {
  const container = new FakeContainer();
  const lines: string[] = [];
  const exec = container.spawn(['sh', '-c', 'echo to-main > /proc/1/fd/1; echo to-exec'], { pid1Output: { stdout: (t) => lines.push(t), stderr: () => undefined } });
  assert.equal(container.run(exec).stdout, 'to-exec\n');
  assert.deepEqual(lines, ['to-main\n']);
});

test('kill 1 from an exec delivers SIGTERM to the main process', () => {
  const container = new FakeContainer();
  const main = container.spawn(['sh', '-c', "trap 'echo stopping; exit 0' TERM; while true; do sleep 1; done"]);
  container.run(main, { untilMs: 2_500 });
  assert.equal(container.run(container.spawn(['kill', '1'])).exitCode, 0);
  const result = container.run(main);
  assert.deepEqual([result.stdout, result.exitCode], ['stopping\n', 0]);
});

test("busybox ash's [[ is test closed by ]] (the docs' downward API loops); dash has none", () => {
  const ash = run('[[ -e /etc/hostname ]] && echo exists; [[ -e /nope ]] || echo missing; [[ -e /etc/hostname ]; echo $?');
  assert.deepEqual([ash.stdout, ash.stderr], ['exists\nmissing\n2\n', '[[: missing ]]\n']);
  const dash = new FakeContainer({ image: 'debian' }).runScript('[[ -e /etc/hostname ]] && echo exists');
  assert.deepEqual([dash.stdout, dash.exitCode], ['', 127]);
  assert.match(dash.stderr, /\[\[: not found/);
});
