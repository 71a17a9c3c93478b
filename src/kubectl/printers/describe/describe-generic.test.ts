import { test } from 'node:test';
import assert from 'node:assert/strict';
import { camelCaseSplit, smartLabelFor } from './describe-generic';

test('camelCaseSplit splits as github.com/fatih/camelcase does', () => {
  assert.deepEqual(camelCaseSplit('involvedObject'), ['involved', 'Object']);
  assert.deepEqual(camelCaseSplit('PDFLoader'), ['PDF', 'Loader']);
  assert.deepEqual(camelCaseSplit('podIP'), ['pod', 'IP']);
  assert.deepEqual(camelCaseSplit('GL11Version'), ['GL', '11', 'Version']);
});

test('smartLabelFor title-cases words, upper-cases acronyms and leaves other names alone', () => {
  assert.equal(smartLabelFor('apiVersion'), 'API Version');
  assert.equal(smartLabelFor('uid'), 'UID');
  assert.equal(smartLabelFor('terminationGracePeriodSeconds'), 'Termination Grace Period Seconds');
  assert.equal(smartLabelFor('$patch'), '$patch');
  assert.equal(smartLabelFor('v1'), 'v1');
  assert.equal(smartLabelFor('app'), 'App');
});
