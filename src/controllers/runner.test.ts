import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiServer, EventRecorder, objectKey, SimulationError, Timeline, type StoredObject } from '../api';
import { SeededRandom, VirtualClock } from '../clock';
import { T0 } from '../testing/workload-fixtures';
import type { Controller } from './controller';
import { ControllerRunner } from './runner';

/** A controller that rewrites what it reads: every write of its ConfigMap enqueues it again. */
function rewriter(name: string, configMap: string): Controller {
  return {
    name,
    watches: [{ kind: 'ConfigMap', toKeys: (e) => (e.object.metadata.name === configMap ? [objectKey('ConfigMap', 'default', configMap)] : []) }],
    reconcile(key, { store }) {
      const cm = store.getByKey(key) as StoredObject & { data?: Record<string, string> };
      return [{ type: 'update', object: { ...cm, data: { n: String(Number(cm.data?.n ?? 0) + 1) } } }];
    },
  };
}

test('a settle that does not converge names the keys it reconciled most, with their counts', () => {
  const clock = new VirtualClock(T0);
  const api = new ApiServer(clock, new SeededRandom(1));
  const timeline = new Timeline(() => clock.now());
  const runner = new ControllerRunner(api, clock, new EventRecorder(api.store, clock, timeline), timeline, 10);
  runner.register(rewriter('a-writer', 'a'));
  runner.register(rewriter('b-writer', 'b'));
  api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a', namespace: 'default' } });
  api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'b', namespace: 'default' } });
  assert.throws(
    () => runner.settle(),
    (e: unknown) => e instanceof SimulationError && /did not settle within 10 reconciles .*hottest keys: a-writer ConfigMap\/default\/a \(5x\), b-writer ConfigMap\/default\/b \(5x\);/.test(e.message),
  );
  assert.equal(runner.reconciles, 10);
});
