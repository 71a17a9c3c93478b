import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kubectlSession } from '../../testing/kubectl-session';

function kubectl() {
  return kubectlSession(2).run;
}

test('removing a label the object lacks says so before "not labeled"; annotate stays quiet', () => {
  const run = kubectl();
  assert.equal(run('kubectl label nodes node-2 disktype=ssd').stdout, 'node/node-2 labeled\n');
  assert.equal(run('kubectl label nodes node-2 disktype-').stdout, 'node/node-2 unlabeled\n');
  assert.equal(run('kubectl label nodes node-2 disktype-').stdout, 'label "disktype" not found.\nnode/node-2 not labeled\n');
  assert.equal(run('kubectl label nodes node-2 disktype- --dry-run=client').stdout, 'node/node-2 not labeled (dry run)\n');
  assert.equal(run('kubectl annotate nodes node-2 missing-').stdout, 'node/node-2 not annotated\n');
});
