import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CommandNode, ListNode } from './ast';
import { parseScript } from './parser';

function firstCommand(list: ListNode): CommandNode {
  const command = list.items[0]?.command.first.commands[0];
  if (!command) throw new Error('no command');
  return command;
}

test('a list of and-or pipelines', () => {
  const list = parseScript('a | b && c || d; e');
  assert.equal(list.items.length, 2);
  const first = list.items[0]?.command;
  assert.equal(first?.first.commands.length, 2);
  assert.deepEqual(first?.rest.map((entry) => entry.op), ['&&', '||']);
});

test('assignments, words and redirections of a simple command', () => {
  const command = firstCommand(parseScript('A=1 B=2 env > /tmp/out 2>&1'));
  assert.equal(command.kind, 'simple');
  if (command.kind !== 'simple') return;
  assert.deepEqual(command.assignments.map((a) => a.name), ['A', 'B']);
  assert.deepEqual(command.words.map((w) => w.text), ['env']);
  assert.deepEqual(command.redirects.map((r) => [r.fd, r.op, r.target.text]), [[undefined, '>', '/tmp/out'], [2, '>&', '1']]);
});

test('compound commands from the Kubernetes docs', () => {
  assert.equal(firstCommand(parseScript('until nslookup x; do echo waiting; sleep 2; done')).kind, 'until');
  assert.equal(firstCommand(parseScript('while true; do echo hello; sleep 10; done')).kind, 'while');
  const loop = firstCommand(parseScript('for i in 1 2 3; do echo $i; done'));
  assert.equal(loop.kind === 'for' && loop.items?.map((w) => w.text).join(' '), '1 2 3');
  const branch = firstCommand(parseScript('if [ -f x ]; then a; elif b; then c; else d; fi'));
  assert.equal(branch.kind === 'if' && branch.clauses.length, 2);
  const choice = firstCommand(parseScript('case "$x" in a|b) echo ab;; *) echo other;; esac'));
  assert.equal(choice.kind === 'case' && choice.items.map((i) => i.patterns.map((p) => p.text).join('|')).join(' '), 'a|b *');
});

test('reserved words only count in command position', () => {
  const command = firstCommand(parseScript('echo if then fi'));
  assert.equal(command.kind === 'simple' && command.words.length, 4);
});

test('functions, groups and subshells', () => {
  assert.equal(firstCommand(parseScript('greet() { echo hi; }')).kind, 'function');
  assert.equal(firstCommand(parseScript('{ a; b; } > out')).kind, 'group');
  assert.equal(firstCommand(parseScript('(cd /tmp && ls)')).kind, 'subshell');
});

test('here-documents collect their body at the end of the line', () => {
  const command = firstCommand(parseScript('cat <<EOF > /x\nhello $USER\nEOF\necho done'));
  assert.equal(command.kind === 'simple' && command.redirects[0]?.heredoc?.body.text, 'hello $USER\n');
});

test('syntax errors use busybox ash wording', () => {
  assert.throws(() => parseScript('if true; fi'), { message: 'syntax error: unexpected "fi" (expecting "then")' });
  assert.throws(() => parseScript('while true; do echo'), { message: 'syntax error: unexpected end of file (expecting "done")' });
  assert.throws(() => parseScript('echo a;;'), { message: 'syntax error: unexpected ";;"' });
  assert.throws(() => parseScript('echo $(ls'), { message: 'syntax error: unexpected end of file (expecting ")")' });
  assert.throws(() => parseScript('done'), { message: 'syntax error: unexpected "done"' });
});
