/**
 * bash's indexed arrays and each shell's command-not-found wording. Expected texts were captured from
 * GNU bash 5.2.15 (`bash -c '…' 2>&1`) and dash 0.5.12 on Debian 12.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FakeContainer } from '../testing';
import { parseScript } from './parser';

function bash(script: string): { stdout: string; stderr: string; exitCode: number | undefined } {
  const container = new FakeContainer({ image: 'bash' });
  return container.run(container.spawn(['bash', '-c', script]));
}

test('the docs Indexed Job picks its item by an arithmetic subscript', () => {
  const result = bash('items=(foo bar baz qux xyz)\nJOB_COMPLETION_INDEX=2\necho ${items[$JOB_COMPLETION_INDEX]}');
  assert.deepEqual([result.stdout, result.exitCode], ['baz\n', 0]);
});

test('negative and computed subscripts, counts, indices, += and sparse elements', () => {
  const result = bash('a=(x y z); echo ${a[-1]} ${a[1+1]} ${#a[@]} ${!a[@]}; a+=(w); echo "${a[@]}"; a[7]=q; echo ${!a[@]}; echo ${a}; echo "[${a[-9]}]" $?');
  assert.equal(result.stdout, 'z z 3 0 1 2\nx y z w\n0 1 2 3 7\nx\n[] 0\n');
  assert.equal(result.stderr, 'bash: line 1: a: bad array subscript\n');
});

test('"${a[@]}" keeps elements apart like "$@"; "${a[*]}" joins them with the first IFS character', () => {
  const result = bash('a=("p q" r); for i in "${a[@]}"; do echo "<$i>"; done; for i in ${a[@]}; do echo "($i)"; done; IFS=,; echo "${a[*]}" ${#a[0]}');
  assert.equal(result.stdout, '<p q>\n<r>\n(p)\n(q)\n(r)\np q,r 3\n');
});

test('a scalar is a one-element array; += appends to strings; unset arrays take defaults', () => {
  const result = bash('x=5; echo ${x[0]} ${#x[@]} ${x[1]}-; s=ab; s+=cd; echo $s; echo ${b[@]:-e} ${#b[@]}');
  assert.equal(result.stdout, '5 1 -\nabcd\ne 0\n');
});

test('assigning through a bad subscript ends the shell with status 1', () => {
  const result = bash('a=(x); a[-3]=y; echo after');
  assert.deepEqual([result.stdout, result.stderr, result.exitCode], ['', 'bash: line 1: a[-3]: bad array subscript\n', 1]);
});

test('array items span lines and are split and expanded like command words', () => {
  const result = bash('list="b c"\na=(a\n  $list "d e")\necho ${#a[@]} "${a[3]}"');
  assert.equal(result.stdout, '4 d e\n');
});

test('outside assignment position a[1]=x is a plain word, and a=(…) is bash syntax only', () => {
  assert.equal(bash('echo a[1]=x').stdout, 'a[1]=x\n');
  assert.throws(() => parseScript('a=(x y)'), /unexpected "\("/);
  assert.throws(() => parseScript('a=(x y)', 'dash'), /unexpected "\("/);
  assert.throws(() => parseScript('echo a=(x)', 'bash'), /unexpected "\("/);
  assert.equal(parseScript('a=(x y)', 'bash').items.length, 1);
});

test('command not found: bash names the line, dash the line number, busybox ash neither', () => {
  const bashResult = bash('echo x\nfoo');
  assert.deepEqual([bashResult.stdout, bashResult.stderr, bashResult.exitCode], ['x\n', 'bash: line 2: foo: command not found\n', 127]);
  const debian = new FakeContainer({ image: 'debian' });
  const dash = debian.run(debian.spawn(['sh', '-c', 'foo']));
  assert.deepEqual([dash.stderr, dash.exitCode], ['sh: 1: foo: not found\n', 127]);
  const busybox = new FakeContainer();
  assert.equal(busybox.run(busybox.spawn(['sh', '-c', 'foo'])).stderr, 'sh: foo: not found\n');
  const named = new FakeContainer({ image: 'bash' });
  assert.equal(named.run(named.spawn(['bash', '-c', 'foo', 'myname'])).stderr, 'myname: line 1: foo: command not found\n');
});
