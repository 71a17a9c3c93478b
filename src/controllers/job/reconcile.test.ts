import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoredObject } from '../../api';
import { ControllerHarness } from '../../testing/controller-harness';
import { T0 } from '../../testing/workload-fixtures';
import { ttlAfterFinishedController } from '../ttl-after-finished';
import { backoffFor } from './backoff';
import { jobController } from './reconcile';

function job(spec: Record<string, unknown> = {}): StoredObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'pi' },
    spec: { template: { spec: { containers: [{ name: 'pi', image: 'perl' }], restartPolicy: 'Never' } }, ...spec },
  } as unknown as StoredObject;
}

const pods = (h: ControllerHarness) => h.list('Pod').filter((p) => !p.metadata.deletionTimestamp);
const status = (h: ControllerHarness) => h.get('Job', 'pi')!.status as Record<string, unknown> & { conditions?: { type: string; reason: string; message: string }[] };

test('the back-off doubles from 10s and is capped at 10 minutes', () => {
  assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffFor(n) / 1000), [10, 20, 40, 80, 160, 320, 600, 600]);
});

test('a Job runs one pod with the tracking finalizer and completes with SuccessCriteriaMet then Complete', () => {
  const h = new ControllerHarness([jobController]);
  h.create(job());
  const [pod] = pods(h);
  assert.equal(pod!.metadata.generateName, 'pi-');
  assert.deepEqual(pod!.metadata.finalizers, ['batch.kubernetes.io/job-tracking']);
  assert.deepEqual(status(h), { startTime: '2025-01-01T00:00:00Z', active: 1, uncountedTerminatedPods: {}, ready: 0, terminating: 0 });
  h.advance(5000);
  h.setPodPhase(pod!.metadata.name, 'Succeeded');
  const s = status(h);
  assert.equal(s.succeeded, 1);
  assert.equal(s.completionTime, '2025-01-01T00:00:05Z');
  assert.deepEqual(s.conditions!.map((c) => [c.type, c.reason, c.message]), [
    ['SuccessCriteriaMet', 'CompletionsReached', 'Reached expected number of succeeded pods'],
    ['Complete', 'CompletionsReached', 'Reached expected number of succeeded pods'],
  ]);
  assert.equal(h.get('Pod', pod!.metadata.name)!.metadata.finalizers, undefined);
  assert.ok(h.events().includes('Completed: Job completed'));
});

test('completions and parallelism: at most min(parallelism, remaining) pods at a time', () => {
  const h = new ControllerHarness([jobController]);
  h.create(job({ completions: 5, parallelism: 2 }));
  assert.equal(pods(h).length, 2);
  for (let done = 0; done < 4; done++) h.setPodPhase(pods(h).find((p) => (p.status as { phase?: string }).phase !== 'Succeeded')!.metadata.name, 'Succeeded');
  const running = pods(h).filter((p) => (p.status as { phase?: string }).phase !== 'Succeeded');
  assert.equal(running.length, 1, 'only one completion left');
  assert.equal(status(h).succeeded, 4);
});

test('failed pods are replaced after 10s, 20s... and the Job fails past backoffLimit', () => {
  const h = new ControllerHarness([jobController]);
  h.create(job({ backoffLimit: 2 }));
  const fail = () => h.setPodPhase(pods(h).find((p) => (p.status as { phase?: string }).phase !== 'Failed')!.metadata.name, 'Failed');
  fail();
  assert.equal(pods(h).length, 1, 'no replacement before the back-off');
  h.advance(9_999);
  assert.equal(pods(h).length, 1);
  h.advance(1);
  assert.equal(pods(h).length, 2, 'replacement 10s after the failure');
  fail();
  h.advance(20_000);
  assert.equal(pods(h).length, 3, 'second replacement 20s later');
  fail();
  const s = status(h);
  assert.equal(s.failed, 3);
  assert.deepEqual(s.conditions!.map((c) => [c.type, c.reason]), [
    ['FailureTarget', 'BackoffLimitExceeded'],
    ['Failed', 'BackoffLimitExceeded'],
  ]);
  assert.ok(h.events().includes('BackoffLimitExceeded: Job has reached the specified backoff limit'));
});

test('activeDeadlineSeconds fails the Job at startTime + deadline and deletes its pods', () => {
  const h = new ControllerHarness([jobController]);
  h.create(job({ activeDeadlineSeconds: 30 }));
  h.advance(29_999);
  assert.equal(status(h).conditions, undefined);
  h.advance(1);
  assert.equal(pods(h).length, 0);
  assert.deepEqual(status(h).conditions!.map((c) => [c.type, c.reason]), [
    ['FailureTarget', 'DeadlineExceeded'],
    ['Failed', 'DeadlineExceeded'],
  ]);
});

test('Indexed mode: one pod per index with hostname and index label; completedIndexes as ranges', () => {
  const h = new ControllerHarness([jobController]);
  h.create(job({ completions: 3, parallelism: 3, completionMode: 'Indexed' }));
  const byIndex = pods(h).map((p) => [p.metadata.labels?.['batch.kubernetes.io/job-completion-index'], (p.spec as { hostname?: string }).hostname, p.metadata.generateName]);
  assert.deepEqual(byIndex.sort(), [['0', 'pi-0', 'pi-0-'], ['1', 'pi-1', 'pi-1-'], ['2', 'pi-2', 'pi-2-']]);
  const index = (i: string) => pods(h).find((p) => p.metadata.labels?.['batch.kubernetes.io/job-completion-index'] === i)!.metadata.name;
  h.setPodPhase(index('0'), 'Succeeded');
  h.setPodPhase(index('2'), 'Succeeded');
  assert.equal(status(h).completedIndexes, '0,2');
  h.setPodPhase(index('1'), 'Succeeded');
  assert.equal(status(h).completedIndexes, '0-2');
  assert.equal(status(h).succeeded, 3);
});

test('suspend deletes the active pods and sets Suspended; resuming resets startTime', () => {
  const h = new ControllerHarness([jobController]);
  h.create(job());
  h.updateSpec('Job', 'pi', (spec) => ({ ...spec, suspend: true }));
  assert.equal(pods(h).length, 0);
  assert.deepEqual(status(h).conditions!.map((c) => [c.type, c.reason]), [['Suspended', 'JobSuspended']]);
  h.advance(60_000);
  h.updateSpec('Job', 'pi', (spec) => ({ ...spec, suspend: false }));
  assert.equal(pods(h).length, 1);
  assert.equal(status(h).startTime, '2025-01-01T00:01:00Z');
  assert.ok(h.events().includes('Resumed: Job resumed'));
});

test('ttlSecondsAfterFinished deletes the finished Job after the TTL', () => {
  const h = new ControllerHarness([jobController, ttlAfterFinishedController]);
  h.create(job({ ttlSecondsAfterFinished: 100 }));
  h.setPodPhase(pods(h)[0]!.metadata.name, 'Succeeded');
  h.advance(99_000);
  assert.ok(h.get('Job', 'pi'));
  h.advance(1_000);
  assert.equal(h.get('Job', 'pi')?.metadata.deletionTimestamp !== undefined || h.get('Job', 'pi') === undefined, true);
  assert.equal(T0 + 100_000, h.clock.now());
});
