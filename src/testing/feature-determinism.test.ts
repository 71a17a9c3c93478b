/**
 * Determinism of whole scenarios: a representative set of features runs twice in-process through the same
 * Cucumber runner the grader and CLI use, each scenario attaching its timeline digest; both runs must give
 * the same step results and the same digests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { KUBESPEC_ROOT, QuietFeatureRunner, type ScenarioOutcome } from '../grading';

export const REPRESENTATIVE_FEATURES = [
  'features/cluster/apply-get-delete.feature',
  'features/workloads/deployment.feature',
  'features/storage/binding.feature',
  'features/scheduling/spreading.feature',
  'features/networking/services.feature',
].map((path) => join(KUBESPEC_ROOT, path));

/** One line per scenario: where it is, how it ended, and what its cluster did. */
export function scenarioFingerprints(outcomes: readonly ScenarioOutcome[]): string[] {
  return outcomes
    .map((o) => {
      const digest = o.attachments.find((a) => a.body.startsWith('timeline sha256: '))?.body ?? 'no cluster';
      return `${o.uri}:${o.line} ${o.status} ${o.steps.map((s) => s.status[0]).join('')} ${digest}`;
    })
    .sort();
}

test('features give the same results and timelines on every run with the same seed', async () => {
  const runner = await QuietFeatureRunner.create(KUBESPEC_ROOT);
  const parameters = { seed: 11, timelineDigest: true, strictErrors: true };
  const first = scenarioFingerprints((await runner.run(REPRESENTATIVE_FEATURES, parameters)).outcomes);
  const second = scenarioFingerprints((await runner.run(REPRESENTATIVE_FEATURES, parameters)).outcomes);
  assert.ok(first.length >= 10, `expected a representative number of scenarios, got ${first.length}`);
  assert.ok(first.every((line) => line.includes('timeline sha256: ')), 'every scenario should attach its timeline digest');
  assert.deepEqual(second, first);
});
