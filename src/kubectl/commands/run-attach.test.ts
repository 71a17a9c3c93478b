import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kubectlSession } from '../../testing/kubectl-session';

function kubectl() {
    return kubectlSession();
}

test('-i prints the container output (both streams, as its log has them) instead of "pod/NAME created"', () => {
  const { run } = kubectl();
  const result = run("kubectl run -i hello --image=busybox --restart=Never -- sh -c 'echo out; echo err >&2'");
  assert.equal(result.exitCode, 0);
  assert.equal(result.stdout, 'out\nerr\n');
  assert.equal(result.stderr, '');
});

test('a container that runs a while is attached to: its whole output, then the exit code of a Never pod', () => {
  const { run, cluster } = kubectl();
  const start = cluster.clock.now();
  const result = run("kubectl run -i slow --image=busybox --restart=Never -- sh -c 'echo start; sleep 30; echo done; exit 4'");
  assert.equal(result.stdout, 'start\ndone\n');
  assert.equal(result.stderr, 'pod default/slow terminated (Error)\n');
  assert.equal(result.exitCode, 4);
  assert.ok(cluster.clock.now() - start >= 30_000, 'virtual time moved while attached');
});

test('-t while the container is running warns that there is no terminal', () => {
  const { run } = kubectl();
  const result = run("kubectl run -i -t --rm slow --image=busybox --restart=Never -- sh -c 'sleep 5; echo done'");
  assert.equal(result.stderr, 'Unable to use a TTY - input is not a terminal or the right kind of file\n');
  assert.equal(result.stdout, 'done\npod "slow" deleted\n');
});

test('OnFailure waits for success: a failing container is restarted until the timeout', () => {
  const { run } = kubectl();
  const result = run("kubectl run -i flaky --image=busybox --restart=OnFailure --pod-running-timeout=20s -- sh -c 'exit 1'");
  assert.equal(result.stderr, 'error: timed out waiting for the condition\n');
  assert.equal(result.exitCode, 1);
});
