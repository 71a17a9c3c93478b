import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deepFreeze, shareEqual } from '../../api';
import type { Pod, PodStatus } from '../../api/schemas';
import { ListenerTable } from '../../runtime';
import { ContainerLog } from '../logs';
import { PodState, type ContainerInstance } from '../pod-state';
import { generatePodStatus } from './generate';
import { shareStatus } from './share-status';

const NOW = Date.UTC(2025, 0, 1, 0, 1);

function instance(name: string, id: string, fields: Partial<ContainerInstance> = {}): ContainerInstance {
  return {
    id, containerID: `containerd://${id}`, name, kind: 'regular', attempt: 0, image: 'docker.io/library/nginx:latest', imageID: 'docker.io/library/nginx@sha256:x', specImage: 'nginx',
    startedAt: NOW, state: 'running', hookPending: false, startupPassed: true, readinessPassed: false, log: new ContainerLog(), ...fields,
  };
}

/** Every object below `a` and `b` (same JSON) is `old`'s at the same place in both, or in neither. */
function assertSameSharing(a: unknown, b: unknown, old: unknown, path = 'status'): void {
  assert.equal(a === old, b === old, `${path}: shared with the old status in one result only`);
  if (a === null || typeof a !== 'object' || b === null || typeof b !== 'object') return;
  const before = old !== null && typeof old === 'object' ? (old as Record<string, unknown>) : {};
  for (const key of Object.keys(a)) assertSameSharing((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], before[key], `${path}.${key}`);
}

test('shareStatus gives what shareEqual gives, step by step through a pod life: same JSON, same key order, same shared subtrees', () => {
  const spec: Pod['spec'] = { containers: [{ name: 'web', image: 'nginx', volumeMounts: [{ name: 'data', mountPath: '/data', readOnly: true }] }, { name: 'side', image: 'nginx' }] };
  const state = new PodState('u');
  let old = deepFreeze({ phase: 'Pending', qosClass: 'BestEffort', conditions: [{ type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: '2025-01-01T00:00:00Z' }] } as unknown as PodStatus);
  const steps: [string, () => void][] = [
    ['no sandbox yet', () => {}],
    ['sandbox', () => (state.sandbox = { podIP: '10.244.0.7', listeners: new ListenerTable() })],
    ['web running, not ready', () => state.add(instance('web', 'w1'))],
    ['nothing changed', () => {}],
    ['web ready, side running', () => {
      state.latest('web')!.readinessPassed = true;
      state.add(instance('side', 's1', { readinessPassed: true }));
    }],
    ['side exited, back-off', () => {
      state.markExited(state.latest('side')!, 1, NOW + 5_000);
      state.setFailure('side', { reason: 'CrashLoopBackOff', message: 'back-off 10s restarting failed container=side pod=web_default(u)' });
    }],
    ['side restarted', () => {
      state.clearFailure('side');
      state.add(instance('side', 's2', { attempt: 1, startedAt: NOW + 20_000, readinessPassed: true }));
    }],
    ['nothing changed again', () => {}],
  ];
  for (const [label, step] of steps) {
    step();
    const pod: Pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'default', uid: 'u' }, spec, status: old };
    const generate = (): PodStatus => generatePodStatus({ pod, state, hostIP: '172.18.0.2', now: NOW + 30_000, podIsTerminal: false });
    const shared = shareStatus(generate(), old);
    const reference = shareEqual(generate(), old);
    assert.equal(JSON.stringify(shared), JSON.stringify(reference), label);
    assertSameSharing(shared, reference, old, label);
    old = deepFreeze(shared);
  }
  assert.equal(old.containerStatuses?.[1]?.lastState?.terminated?.exitCode, 1);
});

test('a status whose old version has more fields is not the old one; a list of another length is the new one', () => {
  const old = deepFreeze({ phase: 'Running', hostIP: '172.18.0.2', message: 'gone' } as PodStatus);
  const next = shareStatus({ phase: 'Running', hostIP: '172.18.0.2' }, old);
  assert.notEqual(next, old);
  assert.deepEqual(next, { phase: 'Running', hostIP: '172.18.0.2' });
  const withList = deepFreeze({ containerStatuses: [{ name: 'a', ready: true }] } as PodStatus);
  const grown = shareStatus({ containerStatuses: [{ name: 'a', ready: true }, { name: 'b', ready: false }] }, withList);
  assert.equal(grown.containerStatuses?.[0], withList.containerStatuses?.[0]);
  assert.equal(grown.containerStatuses?.length, 2);
});
