import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kubectlSession } from '../../../testing/kubectl-session';

const DS = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec: {containers: [{name: agent, image: nginx:1.14}]}
`;

const DEPLOY = DS.replace('kind: DaemonSet', 'kind: Deployment');

function kubectl() {
  const { cluster, run } = kubectlSession();
  return { cluster, run };
}

test('a client dry-run undo of a DaemonSet says "will roll back to" before the template, as printPodTemplate does', () => {
  const { cluster, run } = kubectl();
  run('kubectl apply -f -', DS);
  cluster.advance(10_000);
  run('kubectl set image ds/agent agent=nginx:1.16');
  cluster.advance(10_000);
  const out = run('kubectl rollout undo ds/agent --dry-run=client').stdout;
  assert.ok(out.startsWith('daemonset.apps/agent will roll back to Pod Template:\n  Labels:\tapp=agent\n'), out);
  assert.match(out, /Image:\tnginx:1\.14\n/);
  assert.equal(run('kubectl get ds agent -o jsonpath={.spec.template.spec.containers[0].image}').stdout, 'nginx:1.16');
});

test('a client dry-run undo of a Deployment prints the bare template (DeploymentRollbacker uses printTemplate)', () => {
  const { cluster, run } = kubectl();
  run('kubectl apply -f -', DEPLOY);
  cluster.advance(10_000);
  run('kubectl set image deploy/agent agent=nginx:1.16');
  cluster.advance(10_000);
  const out = run('kubectl rollout undo deploy/agent --dry-run=client').stdout;
  assert.ok(out.startsWith('deployment.apps/agent Pod Template:\n'), out);
});
