import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiServer, EventRecorder, objectKey, SimulationError, Timeline, type ObjectKey, type StoredObject } from '../api';
import { SeededRandom, VirtualClock } from '../clock';
import { T0 } from '../testing/workload-fixtures';
import type { Controller } from './controller';
import { ControllerRunner } from './runner';

/** An API server and a controller runner on a fresh clock; `budget` is the runner's reconciles per settle. */
function newRunner(budget?: number): { api: ApiServer; runner: ControllerRunner } {
  const clock = new VirtualClock(T0);
  const api = new ApiServer(clock, new SeededRandom(1));
  const timeline = new Timeline(() => clock.now());
  return { api, runner: new ControllerRunner(api, clock, new EventRecorder(api.store, clock, timeline), timeline, budget) };
}

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
  const { api, runner } = newRunner(10);
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

/** Records each key it reconciles; `again` keys enqueue themselves once more from their own reconcile. */
function recorder(seen: string[], again: Set<string>, enqueue: (key: ObjectKey) => void): Controller {
  return {
    name: 'recorder',
    watches: [{ kind: 'ConfigMap', toKeys: (e) => objectKey('ConfigMap', 'default', e.object.metadata.name) }],
    reconcile(key) {
      seen.push(key);
      if (again.delete(key)) enqueue(key);
      return [];
    },
  };
}

test('a key queued once is reconciled once per settle, and again when queued during its own reconcile', () => {
  const { api, runner } = newRunner();
  const seen: string[] = [];
  const again = new Set<string>();
  const controller = recorder(seen, again, (key) => runner.enqueue(controller, key));
  runner.register(controller);
  const key = objectKey('ConfigMap', 'default', 'a');
  runner.enqueue(controller, key);
  runner.enqueue(controller, key);
  runner.settle();
  assert.deepEqual(seen, [key]);
  again.add(key);
  runner.enqueue(controller, key);
  runner.settle();
  assert.deepEqual(seen, [key, key, key], 'requeued by its own reconcile: once more, not lost as already queued');
  runner.settle();
  assert.equal(seen.length, 3);
});

test('past the kept table size, keys are still de-duplicated and none is lost', () => {
  const { api, runner } = newRunner();
  const seen: string[] = [];
  const controller = recorder(seen, new Set(), () => undefined);
  runner.register(controller);
  for (let round = 0; round < 3; round++) {
    const keys = Array.from({ length: 100 }, (_, i) => objectKey('ConfigMap', 'default', `cm-${round}-${i}`));
    for (const key of [...keys, ...keys]) runner.enqueue(controller, key);
    runner.settle();
    assert.deepEqual(seen.splice(0), keys);
  }
  const key = objectKey('ConfigMap', 'default', 'cm-0-0');
  runner.enqueue(controller, key);
  runner.settle();
  assert.deepEqual(seen, [key], 'a key reconciled in an earlier settle is queued again');
});

test('keys a throwing settle did not reach are reconciled when they are queued again', () => {
  const { api, runner } = newRunner();
  const seen: string[] = [];
  const failing = objectKey('ConfigMap', 'default', 'a');
  let fail = true;
  const controller: Controller = {
    name: 'recorder',
    watches: [],
    reconcile(key) {
      if (key === failing && fail) throw new Error('a bug in a reconcile');
      seen.push(key);
      return [];
    },
  };
  runner.register(controller);
  const unreached = objectKey('ConfigMap', 'default', 'b');
  runner.enqueue(controller, failing);
  runner.enqueue(controller, unreached);
  assert.throws(() => runner.settle(), /a bug in a reconcile/);
  assert.deepEqual(seen, []);
  fail = false;
  runner.enqueue(controller, unreached);
  runner.settle();
  assert.deepEqual(seen, [unreached]);
});
