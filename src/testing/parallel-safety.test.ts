/**
 * Parallel safety: the feature suite gives the same result for every scenario, with the same timeline
 * digest, whether it runs serially or in two parallel Cucumber workers (which share nothing but the disk).
 * Running the whole suite three times takes minutes, so this runs under `npm run soak` (KUBESPEC_SOAK=1);
 * the default run checks the same property in-process (determinism.test.ts, feature-determinism.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { join } from 'node:path';
import { KUBESPEC_ROOT, loadRunConfiguration, runFeatures } from '../grading';
import { scenarioFingerprints } from './scenario-fingerprints';

const SOAK = process.env.KUBESPEC_SOAK === '1';
const PATHS = (process.env.KUBESPEC_SOAK_FEATURES ?? 'features').split(',').map((p) => join(KUBESPEC_ROOT, p));

/** Cucumber registers step definitions once per process, so every in-process run reuses the first one's. */
let support: Awaited<ReturnType<typeof runFeatures>>['support'] | undefined;

async function fingerprints(parallel: number): Promise<string[]> {
  const argv = ['--tags', 'not @wip', '--world-parameters', JSON.stringify({ timelineDigest: true, strictErrors: true }), '--parallel', String(parallel), '--format', 'summary', ...PATHS];
  const configuration = await loadRunConfiguration({ argv, cwd: KUBESPEC_ROOT });
  const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
  const result = await runFeatures(configuration, { cwd: KUBESPEC_ROOT, stdout: discard, stderr: discard }, support);
  support = result.support;
  return scenarioFingerprints(result.outcomes);
}

test('the suite gives the same results and timelines serially, in parallel, and serially again', { skip: !SOAK && 'set KUBESPEC_SOAK=1 (npm run soak)' }, async () => {
  const serial = await fingerprints(0);
  assert.ok(serial.length > 0, 'no scenarios ran');
  assert.deepEqual(await fingerprints(2), serial, 'parallel workers changed a result or a timeline');
  assert.deepEqual(await fingerprints(0), serial, 'a second serial run changed a result or a timeline');
});
