import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Cluster } from '../../cluster';
import { Kubectl } from '../kubectl';
import { SandboxedFiles } from '../files';

// debug-pods.md ("My pod is running but not doing what I told it to do"): `command` misspelt `commnd`.
const MYPOD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: mypod}\nspec:\n  containers:\n  - name: busybox\n    image: busybox:1.28\n    commnd: [sleep, "3600"]\n';
const UNKNOWN = 'Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].commnd"';

function kubectl() {
  const cluster = new Cluster({ nodes: 1 });
  const files = new SandboxedFiles();
  files.write('mypod.yaml', MYPOD);
  return (line: string) => new Kubectl({ cluster, files }).run(line);
}

test('--validate picks the fieldValidation kubectl sends: strict fails, warn warns, ignore drops the field', () => {
  const run = kubectl();
  // A bare --validate is strict (NoOptDefVal) and leaves -f its value.
  assert.equal(run('kubectl apply --validate -f mypod.yaml').stderr, `Error from server (BadRequest): error when creating "mypod.yaml": ${UNKNOWN}\n`);
  assert.equal(run('kubectl create --validate=true -f mypod.yaml').exitCode, 1);
  const warned = run('kubectl apply --validate=warn -f mypod.yaml');
  assert.deepEqual([warned.stdout, warned.stderr], ['pod/mypod created\n', 'Warning: unknown field "spec.containers[0].commnd"\n']);
  run('kubectl delete pod mypod');
  const ignored = run('kubectl create --validate=false -f mypod.yaml');
  assert.deepEqual([ignored.stdout, ignored.stderr], ['pod/mypod created\n', '']);
  assert.equal(run('kubectl get pod mypod -o jsonpath={.spec.containers[0].command}').stdout, '');
});

test('an unknown --validate value is refused before anything is sent', () => {
  const run = kubectl();
  const message = 'error: invalid - validate option "bogus"; must be one of: strict (or true), warn, ignore (or false)\n';
  assert.equal(run('kubectl apply --validate=bogus -f mypod.yaml').stderr, message);
  assert.equal(run('kubectl create deployment web --image=nginx --validate=bogus').stderr, message);
  assert.equal(run('kubectl get pods -o name').stdout, '');
  assert.equal(run('kubectl get deployments -o name').stdout, '');
});

test('a bare --dry-run is the deprecated client dry run and does not swallow the next flag', () => {
  const run = kubectl();
  const result = run('kubectl create deployment web --image=nginx --dry-run -o name');
  assert.deepEqual([result.exitCode, result.stdout], [0, 'deployment.apps/web\n']);
  assert.equal(run('kubectl get deployments -o name').stdout, '');
});
