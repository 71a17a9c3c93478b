import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kubectlSession } from '../../testing/kubectl-session';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      initContainers: [{name: init, image: busybox}]
      containers:
      - {name: app, image: nginx, resources: {limits: {cpu: "1"}, requests: {memory: 1Gi}}}
`;
const TEMPLATE = '{.spec.template.spec.initContainers[0].resources}|{.spec.template.spec.containers[0].resources}';

function kubectl() {
  const { cluster, run } = kubectlSession();
  run('kubectl apply -f -', DEPLOYMENT);
  return run;
}

test('the values replace those keys in every container, init containers included, and keep the others', () => {
  const run = kubectl();
  assert.equal(run('kubectl set resources deployment/web --limits=memory=1.5Gi,cpu=0.5').stdout, 'deployment.apps/web resource requirements updated\n');
  assert.equal(run(`kubectl get deployment web -o jsonpath=${TEMPLATE}`).stdout, '{"limits":{"cpu":"500m","memory":"1536Mi"}}|{"limits":{"cpu":"500m","memory":"1536Mi"},"requests":{"memory":"1Gi"}}');
});

test('-c picks containers by name or wildcard; values already set print nothing', () => {
  const run = kubectl();
  assert.equal(run('kubectl set resources deployment/web -c=ap* --requests=cpu=100m').stdout, 'deployment.apps/web resource requirements updated\n');
  assert.equal(run(`kubectl get deployment web -o jsonpath=${TEMPLATE}`).stdout, '{}|{"limits":{"cpu":"1"},"requests":{"cpu":"100m","memory":"1Gi"}}');
  assert.equal(run('kubectl set resources deployment/web -c app --requests=cpu=100m').stdout, '');
});

test("kubectl's messages for a missing update, a bad statement, a bad quantity and an unknown container", () => {
  const run = kubectl();
  assert.equal(run('kubectl set resources deployment/web').stderr, 'error: you must specify an update to requests or limits (in the form of --requests/--limits)\n');
  assert.equal(run('kubectl set resources deployment/web --limits=cpu').stderr, 'error: Invalid argument syntax cpu, expected <resource>=<value>\n');
  assert.equal(run('kubectl set resources deployment/web --limits=cpu=abc').stderr, "error: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'\n");
  const missing = run('kubectl set resources deployment/web -c=foo --limits=cpu=1');
  assert.deepEqual([missing.exitCode, missing.stderr], [1, 'error: unable to find container named foo\n']);
});
