import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kubectlSession } from '../../testing/kubectl-session';

function kubectl() {
  return kubectlSession().run;
}

test('an empty listing prints an empty List in the generic formats, as kubectl get printGeneric does', () => {
  const run = kubectl();
  assert.deepEqual(run('kubectl get pods -o json'), {
    stdout: '{\n    "apiVersion": "v1",\n    "items": [],\n    "kind": "List",\n    "metadata": {\n        "resourceVersion": ""\n    }\n}\n',
    stderr: '',
    exitCode: 0,
  });
  assert.equal(run('kubectl get pods -o yaml').stdout, 'apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: ""\n');
  assert.equal(run('kubectl get pods -o jsonpath={.items}').stdout, '[]');
  assert.equal(run('kubectl get pods -o name').stdout, '');
});

test('the template is checked even when nothing is listed; --ignore-not-found prints nothing at all', () => {
  const run = kubectl();
  assert.deepEqual(run('kubectl get pods -o jsonpath={.items[}'), { stdout: '', stderr: 'error: error parsing jsonpath {.items[}, unterminated array\n', exitCode: 1 });
  assert.deepEqual(run('kubectl get pods -o json --ignore-not-found'), { stdout: '', stderr: '', exitCode: 0 });
});
