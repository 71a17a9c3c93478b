import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FakeContainer } from '../../testing';

function sh(image: string, argv: string[]) {
  const container = new FakeContainer({ image });
  const { stdout, stderr, exitCode } = container.run(container.spawn(argv));
  return { stdout, stderr, exitCode };
}

// Expected outputs are dash 0.5.12's and bash 5.2's on the same scripts (busybox ash agrees with dash's statuses).
test('command -v names builtins and functions, and fails silently for what is not found', () => {
  const script = 'f() { :; }; command -v cd; command -v f; echo $?; command -v nosuch; echo $?';
  assert.deepEqual(sh('nginx', ['sh', '-c', script]), { stdout: 'cd\nf\n0\n127\n', stderr: '', exitCode: 0 });
  assert.deepEqual(sh('busybox', ['sh', '-c', script]), { stdout: 'cd\nf\n0\n127\n', stderr: '', exitCode: 0 });
  assert.equal(sh('bash', ['bash', '-c', script]).stdout, 'cd\nf\n0\n1\n');
});

test('dash describes only the first name; bash each, failing only when none is found', () => {
  const script = 'command -v cd nosuch; echo $?; command -v nosuch cd; echo $?; command -v nosuch other; echo $?';
  assert.equal(sh('nginx', ['sh', '-c', script]).stdout, 'cd\n0\n127\n127\n');
  assert.equal(sh('bash', ['bash', '-c', script]).stdout, 'cd\n0\ncd\n0\n1\n');
});

test('command -v prints a program file found on $PATH, a path as given, and the bare name where the image model has no path', () => {
  const script = 'mkdir -p /usr/local/bin; printf "#!/bin/sh\\necho mine\\n" > /usr/local/bin/ls; chmod +x /usr/local/bin/ls; command -v ls; command -v /bin/cat; command -v cat';
  assert.equal(sh('busybox', ['sh', '-c', script]).stdout, '/usr/local/bin/ls\n/bin/cat\ncat\n');
});

test('command NAME runs the builtin or program, not a function of that name', () => {
  const result = sh('busybox', ['sh', '-c', 'echo() { printf "function\\n"; }; echo hi; command echo hi; command -p -- echo ok; command nosuch; printf "%s\\n" $?']);
  assert.deepEqual(result, { stdout: 'function\nhi\nok\n127\n', stderr: 'sh: nosuch: not found\n', exitCode: 0 });
});

test('an unknown option is reported in each shell\'s words, with status 2', () => {
  assert.deepEqual(sh('nginx', ['sh', '-c', 'command -x ls; echo $?']), { stdout: '2\n', stderr: 'sh: 1: command: Illegal option -x\n', exitCode: 0 });
  assert.equal(sh('bash', ['bash', '-c', 'command -x ls; :']).stderr, 'bash: line 1: command: -x: invalid option\ncommand: usage: command [-pVv] command [arg ...]\n');
});
