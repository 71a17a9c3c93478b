import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PodCondition } from '../../api/schemas';
import { POD_SCHEDULED, podReadyToStartContainersCondition, withTransitionTime } from './conditions';

const T1 = '2025-01-01T00:00:01Z';
const T2 = '2025-01-01T00:00:02Z';

test('pods whose condition changes in the same second share one frozen condition; another second gets its own', () => {
  const first = withTransitionTime(podReadyToStartContainersCondition(true), [], T1);
  const second = withTransitionTime(podReadyToStartContainersCondition(true), [], `2025-01-01T00:00:0${1}Z`);
  assert.equal(second, first);
  assert.ok(Object.isFrozen(first));
  assert.deepEqual(first, { type: 'PodReadyToStartContainers', status: 'True', lastProbeTime: null, lastTransitionTime: T1 });
  const later = withTransitionTime(podReadyToStartContainersCondition(true), [], T2);
  assert.notEqual(later, first);
  assert.equal(later.lastTransitionTime, T2);
});

test('an unchanged condition is the pod\'s own object, whatever the second', () => {
  const own: PodCondition = { type: 'PodScheduled', status: 'True', lastProbeTime: null as unknown as string, lastTransitionTime: T1 };
  assert.equal(withTransitionTime(POD_SCHEDULED, [own], T2), own);
});

test('a draft with a message of its own is not shared', () => {
  const draft = { type: 'Ready', status: 'False', reason: 'ReadinessGatesNotReady', message: 'x' };
  const a = withTransitionTime(draft, [], T1);
  const b = withTransitionTime({ ...draft }, [], T1);
  assert.notEqual(a, b);
  assert.deepEqual(a, b);
});
