import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError } from '../api-error';
import type { Job } from '../schemas';
import { validateCreate, validateUpdate } from './index';
import { manifest, rendered } from './test-helpers';

/** The docs' `pi` Job as the registry strategy leaves it: generated selector and labels. */
const job = (): Job =>
  manifest<Job>(`apiVersion: batch/v1
kind: Job
metadata: {name: pi, namespace: default, uid: 0f1e2d3c}
spec:
  backoffLimit: 4
  selector:
    matchLabels: {batch.kubernetes.io/controller-uid: 0f1e2d3c}
  template:
    metadata:
      labels: {batch.kubernetes.io/controller-uid: 0f1e2d3c, batch.kubernetes.io/job-name: pi, controller-uid: 0f1e2d3c, job-name: pi}
    spec:
      containers:
      - name: pi
        image: perl:5.34.0
        command: ["perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"]
      restartPolicy: Never
`);

test('the pi Job from the Kubernetes docs is valid', () => {
  assert.deepEqual(validateCreate(job()), []);
});

test('restartPolicy Always (or absent) is a Required error listing the valid values', () => {
  const always = job();
  always.spec!.template!.spec!.restartPolicy = 'Always';
  assert.equal(
    ApiError.invalid('Job', 'pi', validateCreate(always)).message,
    'Job "pi" is invalid: spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"',
  );
  const absent = job();
  delete absent.spec!.template!.spec!.restartPolicy;
  assert.deepEqual(rendered(validateCreate(absent)), ['spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"']);
});

test('OnFailure with a podFailurePolicy', () => {
  const j = job();
  j.spec!.template!.spec!.restartPolicy = 'OnFailure';
  j.spec!.podFailurePolicy = { rules: [{ action: 'FailJob', onExitCodes: { operator: 'In', values: [42] } }] };
  assert.deepEqual(rendered(validateCreate(j)), ['spec.template.spec.restartPolicy: Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified']);
});

test('negative counts', () => {
  const j = job();
  j.spec!.completions = -1;
  j.spec!.parallelism = -2;
  j.spec!.backoffLimit = -3;
  assert.deepEqual(rendered(validateCreate(j)), [
    'spec.parallelism: Invalid value: -2: must be greater than or equal to 0',
    'spec.completions: Invalid value: -1: must be greater than or equal to 0',
    'spec.backoffLimit: Invalid value: -3: must be greater than or equal to 0',
  ]);
});

test('a user selector without manualSelector is not auto-generated', () => {
  const j = job();
  j.spec!.selector = { matchLabels: { app: 'pi', 'batch.kubernetes.io/controller-uid': '0f1e2d3c' } };
  j.spec!.template!.metadata!.labels = { ...j.spec!.template!.metadata!.labels, app: 'pi' };
  assert.deepEqual(rendered(validateCreate(j)), [
    'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"pi", "batch.kubernetes.io/controller-uid":"0f1e2d3c"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: `selector` not auto-generated',
  ]);
});

test('Indexed mode needs completions', () => {
  const j = job();
  j.spec!.completionMode = 'Indexed';
  assert.deepEqual(rendered(validateCreate(j)), ['spec.completions: Required value: when completion mode is Indexed']);
});

test('the template is immutable', () => {
  const old = job();
  const changed = job();
  changed.spec!.template!.spec!.containers![0]!.image = 'perl:5.36';
  assert.deepEqual(rendered(validateUpdate(changed, old)), ['spec.template: Invalid value: core.PodTemplateSpec{...}: field is immutable']);
  const bumped = job();
  bumped.spec!.backoffLimit = 10;
  assert.deepEqual(validateUpdate(bumped, old), []);
});
