import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError } from '../api-error';
import type { CronJob } from '../schemas';
import { validateCreate } from './index';
import { manifest, rendered } from './test-helpers';

const cronJob = (): CronJob =>
  manifest<CronJob>(`apiVersion: batch/v1
kind: CronJob
metadata: {name: hello, namespace: default}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - name: hello
            image: busybox:1.28
            command: [/bin/sh, -c, date; echo Hello from the Kubernetes cluster]
          restartPolicy: OnFailure
`);

test('the hello CronJob from the Kubernetes docs is valid', () => {
  assert.deepEqual(validateCreate(cronJob()), []);
});

test('a bad schedule', () => {
  const cj = cronJob();
  cj.spec!.schedule = 'bad';
  assert.equal(ApiError.invalid('CronJob', 'hello', validateCreate(cj)).message, 'CronJob "hello" is invalid: spec.schedule: Invalid value: "bad": expected exactly 5 fields, found 1: [bad]');
});

test('TZ in the schedule and unknown time zones', () => {
  const tz = cronJob();
  tz.spec!.schedule = 'CRON_TZ=UTC 0 * * * *';
  assert.deepEqual(rendered(validateCreate(tz)), ['spec.schedule: Invalid value: "CRON_TZ=UTC 0 * * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead']);
  const zone = cronJob();
  zone.spec!.timeZone = 'America/Atlantis';
  assert.deepEqual(rendered(validateCreate(zone)), ['spec.timeZone: Invalid value: "America/Atlantis": unknown time zone America/Atlantis']);
  zone.spec!.timeZone = 'Europe/Berlin';
  assert.deepEqual(validateCreate(zone), []);
});

test('the job template restartPolicy and selector', () => {
  const cj = cronJob();
  cj.spec!.jobTemplate!.spec!.template!.spec!.restartPolicy = 'Always';
  cj.spec!.jobTemplate!.spec!.selector = { matchLabels: { a: 'b' } };
  assert.deepEqual(rendered(validateCreate(cj)), [
    'spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"',
    'spec.jobTemplate.spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"a":"b"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: `selector` will be auto-generated',
  ]);
});

test('names longer than 52 characters are rejected on create', () => {
  const cj = cronJob();
  cj.metadata.name = 'a'.repeat(53);
  assert.deepEqual(rendered(validateCreate(cj)), [`metadata.name: Invalid value: "${'a'.repeat(53)}": must be no more than 52 characters`]);
});
