import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Cluster } from '../../cluster';
import { Kubectl } from '../kubectl';
import { SandboxedFiles } from '../files';

const TTY_WARNING = 'Unable to use a TTY - input is not a terminal or the right kind of file\n';

function runningBusybox() {
  const cluster = new Cluster({ nodes: 1 });
  const kubectl = new Kubectl({ cluster, files: new SandboxedFiles() });
  const run = (line: string) => kubectl.run(line);
  assert.equal(run('kubectl run box --image=busybox -- sleep 3600').exitCode, 0);
  cluster.waitUntil(() => (cluster.get('Pod', 'default', 'box') as { status?: { phase?: string } } | undefined)?.status?.phase === 'Running', 60_000, 'box running');
  return run;
}

test('-i -t without a terminal warns, then runs without a TTY: stderr stays on stderr', () => {
  const run = runningBusybox();
  const result = run("kubectl exec -i -t box -- sh -c 'echo out; echo err >&2'");
  assert.equal(result.exitCode, 0);
  assert.equal(result.stdout, 'out\n');
  assert.equal(result.stderr, `${TTY_WARNING}err\n`);
});

test('-t without -i is dropped silently (no stdin, so no TTY and no warning)', () => {
  const run = runningBusybox();
  const result = run("kubectl exec -t box -- sh -c 'echo out; echo err >&2'");
  assert.equal(result.stdout, 'out\n');
  assert.equal(result.stderr, 'err\n');
});

test('--quiet silences the warning', () => {
  const run = runningBusybox();
  const result = run('kubectl exec -q -it box -- echo hi');
  assert.equal(result.stdout, 'hi\n');
  assert.equal(result.stderr, '');
});

test('the warning comes before the command failing, as kubectl sets the TTY up before it connects', () => {
  const run = runningBusybox();
  const result = run('kubectl exec -it box -- sh -c "exit 3"');
  assert.equal(result.stderr, `${TTY_WARNING}command terminated with exit code 3\n`);
  assert.equal(result.exitCode, 3);
});
