import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Pod } from '../../api/schemas';
import { ListenerTable } from '../../runtime';
import { ContainerLog } from '../logs';
import { PodState, type ContainerInstance, type ContainerKind } from '../pod-state';
import { planPodActions } from './plan-pod-actions';

function pod(spec: Pod['spec']): Pod {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default', uid: 'uid-1' }, spec };
}

const containers = [{ name: 'app', image: 'nginx' }];
const inits = [
  { name: 'first', image: 'busybox' },
  { name: 'second', image: 'busybox' },
];

function withSandbox(state = new PodState('uid-1')): PodState {
  state.sandbox = { podIP: '10.244.0.2', listeners: new ListenerTable() };
  return state;
}

let nextId = 0;
function instance(name: string, kind: ContainerKind, fields: Partial<ContainerInstance> = {}): ContainerInstance {
  const id = `id-${nextId++}`;
  return {
    id, containerID: `containerd://${id}`, name, kind, attempt: 0, image: 'docker.io/library/busybox:latest', imageID: '', specImage: kind === 'regular' ? 'nginx' : 'busybox',
    startedAt: 0, state: 'running', hookPending: false, startupPassed: true, readinessPassed: true, log: new ContainerLog(), ...fields,
  };
}

test('a new pod gets a sandbox and starts its containers', () => {
  const plan = planPodActions(pod({ containers }), new PodState('uid-1'));
  assert.equal(plan.createSandbox, true);
  assert.deepEqual(plan.containersToStart, ['app']);
});

test('init containers start one at a time, in order', () => {
  const state = withSandbox();
  assert.deepEqual(planPodActions(pod({ initContainers: inits, containers }), state).initContainersToStart, ['first']);
  state.add(instance('first', 'init'));
  const waiting = planPodActions(pod({ initContainers: inits, containers }), state);
  assert.deepEqual([waiting.initContainersToStart, waiting.containersToStart], [[], []]);
  state.markExited(state.latest('first')!, 0, 5_000);
  assert.deepEqual(planPodActions(pod({ initContainers: inits, containers }), state).initContainersToStart, ['second']);
  state.add(instance('second', 'init'));
  state.markExited(state.latest('second')!, 0, 9_000);
  assert.deepEqual(planPodActions(pod({ initContainers: inits, containers }), state).containersToStart, ['app']);
});

test('a failed init container is restarted, or kills the pod under restartPolicy Never', () => {
  const state = withSandbox();
  state.add(instance('first', 'init'));
  state.markExited(state.latest('first')!, 1, 1_000);
  assert.deepEqual(planPodActions(pod({ initContainers: inits, containers }), state).initContainersToStart, ['first']);
  const never = planPodActions(pod({ restartPolicy: 'Never', initContainers: inits, containers }), state);
  assert.equal(never.killPod, true);
});

test('a sidecar lets the next init container start once it has started', () => {
  const state = withSandbox();
  const spec = { initContainers: [{ name: 'proxy', image: 'busybox', restartPolicy: 'Always' }, { name: 'setup', image: 'busybox' }], containers };
  state.add(instance('proxy', 'sidecar', { startupPassed: false }));
  assert.deepEqual(planPodActions(pod(spec), state).initContainersToStart, []);
  state.latest('proxy')!.startupPassed = true;
  assert.deepEqual(planPodActions(pod(spec), state).initContainersToStart, ['setup']);
});

test('restart policies decide what runs again', () => {
  const exited = (code: number) => {
    const state = withSandbox();
    state.add(instance('app', 'regular'));
    state.markExited(state.latest('app')!, code, 1_000);
    return state;
  };
  assert.deepEqual(planPodActions(pod({ containers }), exited(0)).containersToStart, ['app']);
  assert.equal(planPodActions(pod({ restartPolicy: 'OnFailure', containers }), exited(0)).killPod, true);
  assert.deepEqual(planPodActions(pod({ restartPolicy: 'OnFailure', containers }), exited(2)).containersToStart, ['app']);
  assert.equal(planPodActions(pod({ restartPolicy: 'Never', containers }), exited(2)).killPod, true);
});

test('a liveness failure kills the container with the kubelet message, and restarts it unless Never', () => {
  const state = withSandbox();
  state.add(instance('app', 'regular'));
  const id = state.latest('app')!.id;
  const plan = planPodActions(pod({ containers }), state, new Map([[id, 'liveness']]));
  assert.equal(plan.containersToKill[0]?.message, 'Container app failed liveness probe, will be restarted');
  assert.deepEqual(plan.containersToStart, ['app']);
  const never = planPodActions(pod({ restartPolicy: 'Never', containers }), state, new Map([[id, 'liveness']]));
  assert.equal(never.containersToKill[0]?.message, 'Container app failed liveness probe');
  assert.deepEqual(never.containersToStart, []);
});

test('a changed image restarts the container', () => {
  const state = withSandbox();
  state.add(instance('app', 'regular'));
  const plan = planPodActions(pod({ containers: [{ name: 'app', image: 'nginx:1.27' }] }), state);
  assert.equal(plan.containersToKill[0]?.message, 'Container app definition changed, will be restarted');
});
