/**
 * One line per scenario of a Cucumber run — where it is, how each step ended, and the digest of its
 * cluster's timeline (attached when the world parameter `timelineDigest` is set) — for comparing runs.
 */
import { join } from 'node:path';
import { KUBESPEC_ROOT, type ScenarioOutcome } from '../grading';

/** Features that between them exercise the kernel, workloads, storage, scheduling and networking. */
export const REPRESENTATIVE_FEATURES = [
  'features/cluster/apply-get-delete.feature',
  'features/workloads/deployment.feature',
  'features/storage/binding.feature',
  'features/scheduling/spreading.feature',
  'features/networking/services.feature',
].map((path) => join(KUBESPEC_ROOT, path));

export function scenarioFingerprints(outcomes: readonly ScenarioOutcome[]): string[] {
  return outcomes
    .map((o) => {
      const digest = o.attachments.find((a) => a.body.startsWith('timeline sha256: '))?.body ?? 'no cluster';
      return `${o.uri}:${o.line} ${o.status} ${o.steps.map((s) => s.status[0]).join('')} ${digest}`;
    })
    .sort();
}
