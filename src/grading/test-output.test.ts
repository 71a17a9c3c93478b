import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plainAssertionMessage, testOutput } from './test-output';

test('a one-line message keeps its words and turns the diff into expected/actual', () => {
  const message = 'AssertionError: restarts of pod "web": expected 4 to equal +0\n    + expected - actual\n\n    -4\n    +0\n\n    at KubeWorld.<anonymous> (steps/pods.steps.ts:31:5)';
  assert.equal(plainAssertionMessage(message), 'restarts of pod "web"\nexpected: 0\nactual:   4');
  assert.equal(plainAssertionMessage('AssertionError\n    + expected - actual\n\n    -Failed\n    +Released\n'), 'expected: Released\nactual:   Failed');
});

test('a multi-line message already says it all: the chai clause and the diff go', () => {
  const message = 'AssertionError: service/web does not match:\n  spec.type:\n    expected: NodePort\n    actual:   ClusterIP: expected [ { path: \'spec.type\', …(2) } ] to deeply equal []\n    + expected - actual\n\n    -[\n    -  {}\n    -]\n    +[]';
  assert.equal(plainAssertionMessage(message), 'service/web does not match:\n  spec.type:\n    expected: NodePort\n    actual:   ClusterIP');
});

test('messages without chai clauses pass through', () => {
  assert.equal(plainAssertionMessage('service/web does not exist: expected undefined to not equal undefined'), 'service/web does not exist');
  assert.equal(plainAssertionMessage('WaitTimeoutError: timed out after 2m0s'), 'timed out after 2m0s');
});

test('without an attached explanation, a failed test shows its failed step in plain words', () => {
  const outcome = { uri: 'a.feature', line: 1, featureName: 'F', name: 'S', tags: [], attachments: [], status: 'FAILED' as const };
  assert.equal(testOutput({ ...outcome, steps: [{ text: 'pod "web" should be ready', status: 'FAILED', message: 'AssertionError: pod "web" is not ready: expected false to equal true' }] }), 'The step "pod "web" should be ready" failed:\npod "web" is not ready');
  assert.match(testOutput({ ...outcome, status: 'UNDEFINED', steps: [{ text: 'the moon is cheese', status: 'UNDEFINED' }] }), /a step kubespec does not know: "the moon is cheese"/);
  assert.equal(testOutput({ ...outcome, status: 'PASSED', steps: [] }), 'Passed.');
});
