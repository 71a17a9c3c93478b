import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kubectlSession } from '../../testing/kubectl-session';

function kubectl() {
  const { cluster, run } = kubectlSession();
  run('kubectl create deployment web --image=nginx');
  return run;
}

test('a patched quantity is stored in its canonical form, as the apiserver decodes the patched object', () => {
  const run = kubectl();
  const patch = `{"spec":{"template":{"spec":{"containers":[{"name":"nginx","resources":{"limits":{"cpu":"0.25","memory":"1.5Gi"}}}]}}}}`;
  assert.equal(run(`kubectl patch deployment web -p '${patch}'`).stdout, 'deployment.apps/web patched\n');
  assert.equal(run('kubectl get deployment web -o jsonpath={.spec.template.spec.containers[0].resources.limits}').stdout, '{"cpu":"250m","memory":"1536Mi"}');
});

test('an unknown field in a patch is a bare strict decoding error, and nothing is written', () => {
  const run = kubectl();
  const result = run(`kubectl patch deployment web -p '{"spec":{"bogus":1}}'`);
  assert.equal(result.stderr, 'Error from server (BadRequest): strict decoding error: unknown field "spec.bogus"\n');
  assert.equal(result.exitCode, 1);
  assert.equal(run('kubectl get deployment web -o jsonpath={.metadata.generation}').stdout, '1');
});
