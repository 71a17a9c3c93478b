import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Flags, parseFlags } from '../argv';
import { jobFromCronJob, jobGenerator, jobSourceOf } from './job';
import { printDryRun } from './print-dry-run';

const cronJob = {
  apiVersion: 'batch/v1',
  kind: 'CronJob',
  metadata: { name: 'nightly', namespace: 'ops', uid: 'c0ffee00-0000-4000-8000-000000000001' },
  spec: {
    schedule: '0 3 * * *',
    jobTemplate: {
      metadata: { labels: { team: 'ops' }, annotations: { note: 'from template' } },
      spec: { backoffLimit: 2, template: { spec: { containers: [{ name: 'c', image: 'busybox' }], restartPolicy: 'OnFailure' } } },
    },
  },
};

test('jobFromCronJob copies the job template and marks the job as manually instantiated', () => {
  const job = jobFromCronJob(cronJob, 'nightly-manual');
  assert.deepEqual(job.metadata, {
    name: 'nightly-manual',
    annotations: { 'cronjob.kubernetes.io/instantiate': 'manual', note: 'from template' },
    labels: { team: 'ops' },
    ownerReferences: [{ apiVersion: 'batch/v1', kind: 'CronJob', name: 'nightly', uid: 'c0ffee00-0000-4000-8000-000000000001', controller: true }],
  });
  assert.deepEqual(job.spec, cronJob.spec.jobTemplate.spec);
  assert.notEqual(job.spec, cronJob.spec.jobTemplate.spec);
});

test('jobFromCronJob prints like kubectl create job --from --dry-run=client', () => {
  const yaml = printDryRun(jobFromCronJob(cronJob, 'run-1', { namespace: 'ops' }), 'yaml');
  assert.equal(
    yaml,
    [
      'apiVersion: batch/v1',
      'kind: Job',
      'metadata:',
      '  annotations:',
      '    cronjob.kubernetes.io/instantiate: manual',
      '    note: from template',
      '  creationTimestamp: null',
      '  labels:',
      '    team: ops',
      '  name: run-1',
      '  namespace: ops',
      '  ownerReferences:',
      '  - apiVersion: batch/v1',
      '    controller: true',
      '    kind: CronJob',
      '    name: nightly',
      '    uid: c0ffee00-0000-4000-8000-000000000001',
      'spec:',
      '  backoffLimit: 2',
      '  template:',
      '    metadata:',
      '      creationTimestamp: null',
      '    spec:',
      '      containers:',
      '      - image: busybox',
      '        name: c',
      '        resources: {}',
      '      restartPolicy: OnFailure',
      'status: {}',
      '',
    ].join('\n'),
  );
});

test('jobSourceOf tells the caller to fetch the CronJob named by --from', () => {
  const words = ['run-1', '--from=cronjob/nightly'];
  const flags = new Flags(parseFlags(words, jobGenerator.flags), jobGenerator.flags);
  assert.deepEqual(jobSourceOf(parseFlags(words, jobGenerator.flags), flags), { name: 'run-1', from: 'cronjob/nightly' });
});
