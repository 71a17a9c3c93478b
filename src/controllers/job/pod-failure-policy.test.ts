import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { KubeObject, StoredObject } from '../../api';
import { ControllerHarness } from '../../testing/controller-harness';
import { matchPodFailurePolicy } from './pod-failure-policy';
import { jobController } from './reconcile';

// The harness's kubelet ends a Failed pod's container `app` with exit code 1.
function job(rules: unknown[], spec: Record<string, unknown> = {}): StoredObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'pfp' },
    spec: { parallelism: 2, completions: 4, podFailurePolicy: { rules }, template: { spec: { containers: [{ name: 'app', image: 'busybox' }], restartPolicy: 'Never' } }, ...spec },
  } as unknown as StoredObject;
}
const running = (h: ControllerHarness) => h.list('Pod').filter((p) => !p.metadata.deletionTimestamp && (p.status as { phase?: string } | undefined)?.phase !== 'Failed');
const status = (h: ControllerHarness) => h.get('Job', 'pfp')!.status as { failed?: number; conditions?: { type: string; reason: string; message: string }[] };

function failedPod(containers: { name: string; exitCode?: number }[], init: { name: string; exitCode?: number }[] = [], conditions: { type: string; status: string }[] = []): KubeObject {
  const statuses = (list: { name: string; exitCode?: number }[]) => list.map((c) => ({ name: c.name, state: c.exitCode === undefined ? { running: {} } : { terminated: { exitCode: c.exitCode } } }));
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'ns' }, status: { phase: 'Failed', containerStatuses: statuses(containers), initContainerStatuses: statuses(init), conditions } } as KubeObject;
}

test('a FailJob rule on exit codes fails the Job with the docs\' PodFailurePolicy message and deletes the other pods', () => {
  const h = new ControllerHarness([jobController]);
  h.create(job([{ action: 'FailJob', onExitCodes: { containerName: 'app', operator: 'In', values: [1] } }]));
  const [first] = running(h);
  h.setPodPhase(first!.metadata.name, 'Failed');
  assert.equal(running(h).length, 0, 'the other pod is deleted, no replacement');
  const message = `Container app for pod default/${first!.metadata.name} failed with exit code 1 matching FailJob rule at index 0`;
  // Failed (and its Warning event) follows once the deleted pod has terminated; the harness has no kubelet.
  assert.deepEqual(status(h).conditions!.map((c) => [c.type, c.reason, c.message]), [['FailureTarget', 'PodFailurePolicy', message]]);
});

test('an Ignore rule keeps the failure out of status.failed and the backoffLimit', () => {
  const h = new ControllerHarness([jobController]);
  h.create(job([{ action: 'Ignore', onExitCodes: { operator: 'In', values: [1] } }], { backoffLimit: 0 }));
  h.setPodPhase(running(h)[0]!.metadata.name, 'Failed');
  assert.equal(status(h).failed, undefined);
  assert.equal(status(h).conditions, undefined);
  h.advance(10_000);
  assert.equal(running(h).length, 2, 'replaced after the usual back-off');
});

test('a Count rule, or no matching rule, counts the failure against backoffLimit', () => {
  const h = new ControllerHarness([jobController]);
  h.create(job([{ action: 'Count', onExitCodes: { operator: 'In', values: [1] } }], { backoffLimit: 0 }));
  h.setPodPhase(running(h)[0]!.metadata.name, 'Failed');
  assert.equal(status(h).failed, 1);
  assert.equal(status(h).conditions![0]!.reason, 'BackoffLimitExceeded');
});

test('matching follows pod_failure_policy.go: first matching rule wins, exit code 0 never matches, NotIn, init containers, conditions', () => {
  const notIn = { rules: [{ action: 'FailJob', onExitCodes: { operator: 'NotIn', values: [1, 2] } }] };
  assert.equal(matchPodFailurePolicy(notIn, failedPod([{ name: 'a', exitCode: 0 }, { name: 'b', exitCode: 2 }])).action, undefined);
  assert.equal(matchPodFailurePolicy(notIn, failedPod([{ name: 'a', exitCode: 3 }])).failJobMessage, 'Container a for pod ns/p failed with exit code 3 matching FailJob rule at index 0');
  assert.equal(matchPodFailurePolicy(notIn, failedPod([{ name: 'a' }], [{ name: 'init', exitCode: 7 }])).failJobMessage, 'Container init for pod ns/p failed with exit code 7 matching FailJob rule at index 0');
  const named = { rules: [{ action: 'Ignore', onExitCodes: { containerName: 'b', operator: 'In', values: [5] } }, { action: 'FailJob', onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] }] };
  assert.deepEqual(matchPodFailurePolicy(named, failedPod([{ name: 'a', exitCode: 5 }], [], [{ type: 'DisruptionTarget', status: 'True' }])), {
    failJobMessage: 'Pod ns/p has condition DisruptionTarget matching FailJob rule at index 1',
    countFailed: true,
    action: 'FailJob',
  });
  assert.deepEqual(matchPodFailurePolicy(named, failedPod([{ name: 'b', exitCode: 5 }], [], [{ type: 'DisruptionTarget', status: 'True' }])), { countFailed: false, action: 'Ignore' });
  assert.deepEqual(matchPodFailurePolicy(undefined, failedPod([{ name: 'b', exitCode: 5 }])), { countFailed: true });
});
