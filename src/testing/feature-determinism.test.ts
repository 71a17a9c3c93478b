/**
 * Determinism of whole scenarios: a representative set of features runs twice in-process through the same
 * Cucumber runner the grader and CLI use, each scenario attaching its timeline digest; both runs must give
 * the same step results and the same digests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KUBESPEC_ROOT, QuietFeatureRunner } from '../grading';
import { REPRESENTATIVE_FEATURES, scenarioFingerprints } from './scenario-fingerprints';

test('features give the same results and timelines on every run with the same seed', async () => {
  const runner = await QuietFeatureRunner.create(KUBESPEC_ROOT);
  const parameters = { seed: 11, timelineDigest: true, strictErrors: true };
  const first = scenarioFingerprints((await runner.run(REPRESENTATIVE_FEATURES, parameters)).outcomes);
  const second = scenarioFingerprints((await runner.run(REPRESENTATIVE_FEATURES, parameters)).outcomes);
  assert.ok(first.length >= 10, `expected a representative number of scenarios, got ${first.length}`);
  assert.ok(first.every((line) => line.includes('timeline sha256: ')), 'every scenario should attach its timeline digest');
  assert.deepEqual(second, first);
});
