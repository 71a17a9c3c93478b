/**
 * Bounded runs: a scenario that would never end fails with a message naming the loop and the object —
 * virtual time standing still, a crash-looping pod with no end, controllers fighting over an object — and
 * the caps are per cluster, so one scenario's runaway cannot slow another.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiServer, EventRecorder, Timeline, objectKey } from '../api';
import { SeededRandom, VirtualClock } from '../clock';
import { Cluster, RunawayError } from '../cluster';
import { ControllerRunner, type Controller } from '../controllers';
import { Kubectl, SandboxedFiles } from '../kubectl';

test('virtual time standing still is stopped and the looping event named', () => {
  const cluster = new Cluster({ nodes: 1, limits: { maxEventsPerInstant: 1_000 } });
  const spin = (): void => void cluster.clock.schedule(0, 'requeue demo-controller Deployment/default/web', spin);
  spin();
  assert.throws(
    () => cluster.advance(60_000),
    (e: unknown) => e instanceof RunawayError && /^virtual time stood still at 2025-01-01T00:00:00Z for 1000 events/.test(e.message) && e.message.includes('requeue demo-controller Deployment/default/web (1001x)'),
  );
});

test('a pod crash-looping for simulated years hits the event cap, and the message names it', () => {
  const cluster = new Cluster({ nodes: 1, limits: { maxEvents: 3_000 } });
  const pod = 'apiVersion: v1\nkind: Pod\nmetadata: {name: crashy}\nspec:\n  containers: [{name: app, image: busybox, command: [sh, -c, "exit 1"]}]\n';
  assert.equal(new Kubectl({ cluster, files: new SandboxedFiles(), stdin: pod }).run('kubectl apply -f -').exitCode, 0);
  assert.throws(
    () => cluster.advance(365 * 24 * 3_600_000),
    (e: unknown) => e instanceof RunawayError && e.message.startsWith('the scenario ran more than 3000 clock events') && /crashy/.test(e.message),
  );
});

test('waiting through a runaway loop names the busiest events', () => {
  const cluster = new Cluster({ nodes: 1, limits: { maxEventsPerWait: 500 } });
  const tick = (): void => void cluster.clock.schedule(1, 'kubelet node-1 sync default/spinner', tick);
  tick();
  assert.throws(() => cluster.waitUntil(() => false, 3_600_000, 'nothing'), /stopped after 501 events: a runaway loop\? busiest: kubelet node-1 sync default\/spinner \(\d+x\)/);
});

test('controllers fighting over an object are stopped, naming both keys and the object', () => {
  const clock = new VirtualClock();
  const api = new ApiServer(clock, new SeededRandom(1));
  const timeline = new Timeline(() => clock.now());
  const runner = new ControllerRunner(api, clock, new EventRecorder(api.store, clock, timeline), timeline, 400);
  api.store.watch('*', (e) => timeline.record(e.type, `${e.object.kind} ${e.object.metadata.namespace}/${e.object.metadata.name}`, ''));
  const fighter = (name: string, value: string): Controller => ({
    name,
    watches: [{ kind: 'ConfigMap', toKeys: (e) => [objectKey('ConfigMap', e.object.metadata.namespace, e.object.metadata.name)] }],
    reconcile(key, { store }) {
      const cm = store.getByKey(key);
      return cm && cm.metadata.labels?.owner !== value ? [{ type: 'update', object: { ...cm, metadata: { ...cm.metadata, labels: { owner: value } } } }] : [];
    },
  });
  runner.register(fighter('blue-controller', 'blue'));
  runner.register(fighter('green-controller', 'green'));
  api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });
  api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'contested', namespace: 'default' } });
  assert.throws(
    () => runner.settle(),
    (e: unknown) =>
      e instanceof Error &&
      /did not settle within 400 reconciles \(controllers fighting over an object/.test(e.message) &&
      e.message.includes('blue-controller ConfigMap/default/contested') &&
      e.message.includes('green-controller ConfigMap/default/contested') &&
      /most written objects: ConfigMap default\/contested \(\d+ writes\)/.test(e.message),
  );
});
