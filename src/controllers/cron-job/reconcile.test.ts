import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoredObject } from '../../api';
import { ControllerHarness } from '../../testing/controller-harness';
import { T0 } from '../../testing/workload-fixtures';
import { jobController } from '../job';
import { rfc3339InZone } from './job-from-template';
import { cronJobController, rfc1123z } from './reconcile';
import { parseSchedule } from './schedule';
import { mostRecentScheduleTime } from './schedule-times';

function cronJob(spec: Record<string, unknown> = {}): StoredObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'hello' },
    spec: {
      schedule: '*/1 * * * *',
      jobTemplate: { spec: { template: { spec: { containers: [{ name: 'hello', image: 'busybox' }], restartPolicy: 'OnFailure' } } } },
      ...spec,
    },
  } as unknown as StoredObject;
}

const jobs = (h: ControllerHarness) => h.list('Job').map((j) => j.metadata.name);
const cjStatus = (h: ControllerHarness) => h.get('CronJob', 'hello')!.status as { active?: { name: string }[]; lastScheduleTime?: string; lastSuccessfulTime?: string };

test('schedules: five fields, descriptors, time zones', () => {
  const minute = parseSchedule('*/15 * * * *', undefined);
  assert.equal(minute.next(T0), T0 + 15 * 60_000);
  assert.equal(parseSchedule('@hourly', undefined).next(T0), T0 + 3_600_000);
  assert.equal(parseSchedule('@midnight', undefined).next(T0), T0 + 86_400_000);
  assert.equal(parseSchedule('0 8 * * *', 'Asia/Shanghai').next(T0), T0 + 86_400_000, '08:00 in Shanghai is 00:00 UTC');
  assert.equal(parseSchedule('@every 90s', undefined).next(T0), T0 + 90_000);
  assert.throws(() => parseSchedule('bad', undefined));
});

test('time formats: the scheduled-timestamp annotation and the MissSchedule message', () => {
  assert.equal(rfc3339InZone(T0, 'UTC'), '2025-01-01T00:00:00Z');
  assert.equal(rfc3339InZone(T0, 'Asia/Shanghai'), '2025-01-01T08:00:00+08:00');
  assert.equal(rfc1123z(T0), 'Wed, 01 Jan 2025 00:00:00 +0000');
});

test('more than 100 missed times are counted roughly, and only the latest one runs', () => {
  const cj = { ...cronJob(), metadata: { name: 'hello', creationTimestamp: '2025-01-01T10:00:00Z' } } as never;
  const now = Date.UTC(2025, 0, 1, 12, 0, 30);
  const result = mostRecentScheduleTime(cj, now, parseSchedule('*/1 * * * *', undefined), true);
  assert.equal(result.missed, 'many');
  assert.equal(result.mostRecent, Date.UTC(2025, 0, 1, 12, 0));
});

test('a Job named <cronjob>-<minutes since epoch> starts 100ms after each scheduled minute', () => {
  const h = new ControllerHarness([cronJobController]);
  h.create(cronJob());
  assert.deepEqual(jobs(h), []);
  h.advance(60_000);
  assert.deepEqual(jobs(h), []);
  h.advance(100);
  const minutes = (T0 + 60_000) / 60_000;
  assert.deepEqual(jobs(h), [`hello-${minutes}`]);
  const job = h.get('Job', `hello-${minutes}`)!;
  assert.equal(job.metadata.annotations?.['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2025-01-01T00:01:00Z');
  assert.equal(job.metadata.ownerReferences?.[0]?.kind, 'CronJob');
  assert.deepEqual(cjStatus(h).active?.map((r) => r.name), [`hello-${minutes}`]);
  assert.equal(cjStatus(h).lastScheduleTime, '2025-01-01T00:01:00Z');
  assert.ok(h.events().includes(`SuccessfulCreate: Created job hello-${minutes}`));
});

test('Forbid skips a run while the previous Job is active; Replace deletes it', () => {
  const forbid = new ControllerHarness([cronJobController]);
  forbid.create(cronJob({ concurrencyPolicy: 'Forbid' }));
  forbid.advance(120_100);
  assert.equal(jobs(forbid).length, 1);
  assert.ok(forbid.events().includes('JobAlreadyActive: Not starting job because prior execution is running and concurrency policy is Forbid'));
  const replace = new ControllerHarness([cronJobController]);
  replace.create(cronJob({ concurrencyPolicy: 'Replace' }));
  replace.advance(120_100);
  assert.deepEqual(jobs(replace), [`hello-${(T0 + 120_000) / 60_000}`]);
  assert.ok(replace.events().includes(`SuccessfulDelete: Deleted job hello-${(T0 + 60_000) / 60_000}`));
});

test('finished Jobs beyond successfulJobsHistoryLimit are deleted, and lastSuccessfulTime follows', () => {
  const h = new ControllerHarness([cronJobController, jobController]);
  h.create(cronJob({ successfulJobsHistoryLimit: 2 }));
  h.advance(100);
  for (let minute = 1; minute <= 4; minute++) {
    h.advance(60_000);
    for (const pod of h.list('Pod').filter((p) => (p.status as { phase?: string } | undefined)?.phase !== 'Succeeded')) h.setPodPhase(pod.metadata.name, 'Succeeded');
  }
  assert.equal(h.list('Job').filter((j) => !j.metadata.deletionTimestamp).length, 2);
  assert.equal(cjStatus(h).active, undefined);
  assert.match(cjStatus(h).lastSuccessfulTime ?? '', /^2025-01-01T00:04:00Z$/);
  assert.ok(h.events().some((e) => /^SawCompletedJob: Saw completed job: hello-\d+, status: Complete$/.test(e)));
});

test('suspend stops new runs; on resume, times older than startingDeadlineSeconds are not run', () => {
  const h = new ControllerHarness([cronJobController]);
  h.create(cronJob({ suspend: true, startingDeadlineSeconds: 10 }));
  h.advance(300_000);
  assert.deepEqual(jobs(h), []);
  h.advance(15_000);
  h.updateSpec('CronJob', 'hello', (spec) => ({ ...spec, suspend: false }));
  assert.deepEqual(jobs(h), []);
  h.advance(46_000);
  assert.equal(jobs(h).length, 1, 'the next minute runs');
});
