import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kubectlSession } from '../../testing/kubectl-session';

const RC = 'apiVersion: v1\nkind: ReplicationController\nmetadata: {name: nginx}\nspec:\n  replicas: 2\n  selector: {app: nginx}\n  template:\n    metadata: {labels: {app: nginx}}\n    spec: {containers: [{name: nginx, image: nginx}]}\n';

function kubectl() {
  return kubectlSession().run;
}

test('a boolean --cascade still works, with kubectl 1.32 deprecation warning', () => {
  const run = kubectl();
  run('kubectl apply -f -', RC);
  const orphaning = run('kubectl delete rc nginx --cascade=false');
  assert.deepEqual([orphaning.stdout, orphaning.stderr], ['replicationcontroller "nginx" deleted\n', 'warning: --cascade=false is deprecated (boolean value) and can be replaced with --cascade=orphan.\n']);
  assert.equal(run('kubectl get pods -l app=nginx -o name').stdout.split('\n').filter(Boolean).length, 2);
  assert.equal(run('kubectl delete pods -l app=nginx --cascade=T --wait=false').stderr, 'warning: --cascade=T is deprecated (boolean value) and can be replaced with --cascade=background.\n');
  assert.equal(run('kubectl delete pods --all --cascade=bogus').stderr, 'error: invalid cascade value (bogus). Must be "background", "foreground", or "orphan"\n');
});
