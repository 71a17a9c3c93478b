import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deepFreeze, type ApiServer, type KubeObject, type StoredObject } from '../../api';
import type { Pod } from '../../api/schemas';
import { ListenerTable } from '../../runtime';
import { ContainerLog } from '../logs';
import { PodState } from '../pod-state';
import { writePodStatus, type StatusWrite } from './status-manager';
import { StatusMemo } from './status-memo';

const NOW = Date.UTC(2025, 0, 1, 0, 1);

/** An API that stores status writes as the real one does (the status object itself, frozen) and counts them. */
function fakeApi(initial: Pod) {
  let current = deepFreeze(initial) as StoredObject<Pod>;
  const api = {
    writes: 0,
    get current() {
      return current;
    },
    updateStatus(input: KubeObject) {
      api.writes++;
      current = deepFreeze({ ...current, status: input.status }) as StoredObject<Pod>;
      return current;
    },
  };
  return api;
}

function setUp() {
  const api = fakeApi({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'default', uid: 'u' }, spec: { containers: [{ name: 'web', image: 'nginx' }] }, status: { phase: 'Pending' } });
  const state = new PodState('u');
  state.sandbox = { podIP: '10.244.0.7', listeners: new ListenerTable() };
  const memo = new StatusMemo();
  const write = (now: number, useMemo = true): StoredObject<Pod> => {
    const w: StatusWrite = { api: api as unknown as ApiServer, target: api.current, pod: api.current, state, hostIP: '172.18.0.2', now, podIsTerminal: false, isStaticPod: false };
    return writePodStatus(w, useMemo ? memo : undefined);
  };
  return { api, state, write };
}

test('a regeneration with unchanged inputs is skipped, and a full one would not have written either', () => {
  const { api, write } = setUp();
  write(NOW);
  assert.equal(api.writes, 1);
  const stored = api.current;
  assert.equal(write(NOW + 5_000), stored);
  assert.equal(write(NOW + 9_000, false), stored, 'generation is idempotent: the full path finds nothing to write');
  assert.equal(api.writes, 1);
});

test('any input the status reads makes the next write regenerate: the kubelet state, the API object', () => {
  const { api, state, write } = setUp();
  write(NOW);
  state.add({ id: 'c1', containerID: 'containerd://c1', name: 'web', kind: 'regular', attempt: 0, image: 'docker.io/library/nginx:latest', imageID: 'sha256:x', specImage: 'nginx', startedAt: NOW, state: 'running', hookPending: false, startupPassed: true, readinessPassed: false, log: new ContainerLog() });
  write(NOW + 1_000);
  assert.equal(api.writes, 2);
  assert.equal(api.current.status?.containerStatuses?.[0]?.ready, false);
  state.latest('web')!.readinessPassed = true;
  write(NOW + 2_000);
  assert.equal(api.writes, 3);
  assert.equal(api.current.status?.conditions?.find((c) => c.type === 'Ready')?.lastTransitionTime, '2025-01-01T00:01:02Z');
  // Someone else changes the status (a condition another component owns): the kubelet merges it anew.
  api.updateStatus({ ...api.current, status: { ...api.current.status, conditions: [...(api.current.status?.conditions ?? []), { type: 'DisruptionTarget', status: 'True' }] } } as KubeObject);
  write(NOW + 3_000);
  assert.equal(api.writes, 5, 'regenerated: the kubelet lists the other condition first');
  assert.deepEqual(api.current.status?.conditions?.map((c) => c.type), ['DisruptionTarget', 'PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled']);
  write(NOW + 4_000);
  assert.equal(api.writes, 5);
});
