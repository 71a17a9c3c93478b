import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ControllerHarness } from '../../testing/controller-harness';
import { fakeKubelet } from '../../testing/fake-kubelet';
import { setImage, webDeployment } from '../../testing/workload-fixtures';
import { replicaSetController } from '../replica-set';
import { deploymentController } from './reconcile';

function harness(readyAfterMs = 1000): ControllerHarness {
  return new ControllerHarness([deploymentController, replicaSetController, fakeKubelet(readyAfterMs)]);
}

const scalingEvents = (h: ControllerHarness) => h.events().filter((e) => e.startsWith('ScalingReplicaSet')).map((e) => e.replace('ScalingReplicaSet: ', ''));
const replicaSets = (h: ControllerHarness) => h.list('ReplicaSet').map((rs) => `${rs.metadata.annotations?.['deployment.kubernetes.io/revision']}:${(rs.spec as { replicas: number }).replicas}`);

test('a new Deployment creates its RS named after the template hash, scaled up from 0', () => {
  const h = harness();
  h.create(webDeployment(3));
  const [rs] = h.list('ReplicaSet');
  const hash = rs!.metadata.labels?.['pod-template-hash'];
  assert.equal(rs!.metadata.name, `web-${hash}`);
  assert.deepEqual((rs!.spec as { selector: unknown }).selector, { matchLabels: { app: 'web', 'pod-template-hash': hash } });
  assert.deepEqual(scalingEvents(h), [`Scaled up replica set web-${hash} from 0 to 3`]);
  assert.equal(h.get('Deployment', 'web')!.metadata.annotations?.['deployment.kubernetes.io/revision'], '1');
  h.advance(5000);
  const status = h.get('Deployment', 'web')!.status as { availableReplicas: number; conditions: { type: string; reason: string; message: string }[] };
  assert.equal(status.availableReplicas, 3);
  assert.deepEqual(status.conditions.map((c) => [c.type, c.reason, c.message]), [
    ['Available', 'MinimumReplicasAvailable', 'Deployment has minimum availability.'],
    ['Progressing', 'NewReplicaSetAvailable', `ReplicaSet "web-${hash}" has successfully progressed.`],
  ]);
});

test('rolling update of 10 replicas at 25%/25%: new up by 3, old down by 2, new up to the ceiling, then wait', () => {
  const h = harness();
  h.create(webDeployment(10));
  h.advance(5000);
  h.updateSpec('Deployment', 'web', setImage('nginx:1.16'));
  const events = scalingEvents(h).slice(1);
  assert.match(events[0]!, /^Scaled up replica set web-\w+ from 0 to 3$/);
  assert.match(events[1]!, /^Scaled down replica set web-\w+ from 10 to 8$/);
  assert.match(events[2]!, /^Scaled up replica set web-\w+ from 3 to 5$/, '8 + 3 = 11 < 13 pods');
  assert.equal(events.length, 3, 'then waits: 13 − 8 − 5 unavailable new pods = 0 may go');
  h.advance(60_000);
  const sizes = h.list('ReplicaSet').map((rs) => (rs.spec as { replicas: number }).replicas).sort((a, b) => a - b);
  assert.deepEqual(sizes, [0, 10]);
  assert.equal(h.get('Deployment', 'web')!.metadata.annotations?.['deployment.kubernetes.io/revision'], '2');
});

test('going back to an old template reuses its RS with the next revision and records revision-history', () => {
  const h = harness();
  h.create(webDeployment(2));
  h.advance(5000);
  h.updateSpec('Deployment', 'web', setImage('nginx:1.16'));
  h.advance(30_000);
  h.updateSpec('Deployment', 'web', setImage('nginx:1.14'));
  h.advance(30_000);
  assert.equal(h.list('ReplicaSet').length, 2);
  const reused = h.list('ReplicaSet').find((rs) => (rs.spec as { replicas: number }).replicas === 2)!;
  assert.equal(reused.metadata.annotations?.['deployment.kubernetes.io/revision'], '3');
  assert.equal(reused.metadata.annotations?.['deployment.kubernetes.io/revision-history'], '1');
});

test('revisionHistoryLimit prunes the oldest scaled-down ReplicaSets once the rollout completes', () => {
  const h = harness();
  h.create(webDeployment(1, { revisionHistoryLimit: 1 }));
  for (const image of ['nginx:1.15', 'nginx:1.16', 'nginx:1.17']) {
    h.advance(5000);
    h.updateSpec('Deployment', 'web', setImage(image));
  }
  h.advance(30_000);
  assert.deepEqual(replicaSets(h).sort(), ['3:0', '4:1']);
});

test('a paused Deployment creates no RS for a new template; resuming rolls out', () => {
  const h = harness();
  h.create(webDeployment(2));
  h.advance(5000);
  h.updateSpec('Deployment', 'web', (spec) => ({ ...setImage('nginx:1.16')(spec), paused: true }));
  assert.equal(h.list('ReplicaSet').length, 1);
  const paused = (h.get('Deployment', 'web')!.status as { conditions: { type: string; status: string; reason: string }[] }).conditions.find((c) => c.type === 'Progressing');
  assert.deepEqual([paused!.status, paused!.reason], ['Unknown', 'DeploymentPaused']);
  h.updateSpec('Deployment', 'web', (spec) => ({ ...spec, paused: false }));
  h.advance(30_000);
  assert.equal(h.list('ReplicaSet').length, 2);
});

test('scaling a Deployment mid-rollout shares the change proportionally', () => {
  const h = harness(3_600_000);
  h.create(webDeployment(10));
  h.advance(3_600_000);
  h.updateSpec('Deployment', 'web', setImage('nginx:1.16'));
  assert.deepEqual(replicaSets(h).sort(), ['1:8', '2:5']);
  h.updateSpec('Deployment', 'web', (spec) => ({ ...spec, replicas: 20 }));
  // allowed 25 − 13 = 12: old min(round(8·25/13) − 8, 12) = 7, new min(round(5·25/13) − 5, 5) = 5.
  assert.deepEqual(replicaSets(h).sort(), ['1:15', '2:10']);
});

test('Recreate scales the old RS to 0 and waits for its pods to go before creating the new one', () => {
  const h = harness();
  h.create(webDeployment(2, { strategy: { type: 'Recreate' } }));
  h.advance(5000);
  h.updateSpec('Deployment', 'web', setImage('nginx:1.16'));
  const events = scalingEvents(h).slice(1);
  assert.match(events[0]!, /^Scaled down replica set web-\w+ from 2 to 0$/);
  assert.match(events[1]!, /^Scaled up replica set web-\w+ from 0 to 2$/);
});

test('a rollout that makes no progress turns ProgressDeadlineExceeded one second after the deadline', () => {
  const h = harness(3_600_000);
  h.create(webDeployment(1, { progressDeadlineSeconds: 60 }));
  h.advance(60_000);
  const progressing = () => (h.get('Deployment', 'web')!.status as { conditions: { type: string; reason: string; message: string }[] }).conditions.find((c) => c.type === 'Progressing')!;
  // The RS reporting its first pod counts as progress: ReplicaSetUpdated at T0, deadline T0 + 60s.
  assert.equal(progressing().reason, 'ReplicaSetUpdated');
  h.advance(1_000);
  assert.equal(progressing().reason, 'ProgressDeadlineExceeded');
  assert.match(progressing().message, /^ReplicaSet "web-\w+" has timed out progressing\.$/);
});

/** Each distinct (observedGeneration, replicas, unavailableReplicas) the Deployment's status takes, in order. */
function statusLines(h: ControllerHarness): string[] {
  const lines: string[] = [];
  h.api.store.watch('Deployment', ({ object }) => {
    const status = object.status as { observedGeneration?: number; replicas?: number; unavailableReplicas?: number };
    const line = `gen ${status.observedGeneration} replicas ${status.replicas ?? 0} unavailable ${status.unavailableReplicas ?? 0}`;
    if (line !== lines.at(-1)) lines.push(line);
  });
  return lines;
}

test('the status written with a scale step counts the ReplicaSets as the sync read them, as Go does', () => {
  const h = harness();
  h.create(webDeployment(3));
  h.advance(5000);
  const lines = statusLines(h);
  h.updateSpec('Deployment', 'web', (spec) => ({ ...spec, replicas: 5 }));
  h.advance(5000);
  // sync.go sync(): scale() drops the scaled copy, so syncDeploymentStatus still sums spec.replicas 3 (3 − 3
  // available = 0); the ReplicaSet's update event brings the sync that counts 5 − 3 = 2; then the new pods get ready.
  assert.deepEqual(lines, [
    'gen 1 replicas 3 unavailable 0',
    'gen 2 replicas 3 unavailable 0',
    'gen 2 replicas 3 unavailable 2',
    'gen 2 replicas 5 unavailable 2',
    'gen 2 replicas 5 unavailable 1',
    'gen 2 replicas 5 unavailable 0',
  ]);
});

test('a rolling step writes the status of the ReplicaSets as they were before it scaled them', () => {
  const h = harness(3_600_000);
  h.create(webDeployment(10));
  h.advance(3_600_000);
  const lines = statusLines(h);
  h.updateSpec('Deployment', 'web', setImage('nginx:1.16'));
  // Σ spec.replicas − 10 available. The new RS counts as created (3: Go uses the created object); old 10 → 8 is
  // written as 10 + 3; the old RS's update brings 8 + 3, new 3 → 5 is written as 8 + 3, its update brings 8 + 5;
  // then the old RS's status reports 8 available: 13 − 8.
  assert.deepEqual(lines, [
    'gen 1 replicas 10 unavailable 0',
    'gen 2 replicas 10 unavailable 3',
    'gen 2 replicas 10 unavailable 1',
    'gen 2 replicas 10 unavailable 3',
    'gen 2 replicas 13 unavailable 5',
  ]);
});
