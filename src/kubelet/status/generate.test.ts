import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Pod } from '../../api/schemas';
import { ListenerTable } from '../../runtime';
import { ContainerLog } from '../logs';
import { PodState, type ContainerInstance } from '../pod-state';
import { generatePodStatus } from './generate';

const NOW = Date.UTC(2025, 0, 1, 0, 1);

function pod(spec: Pod['spec'], status: Pod['status'] = { phase: 'Pending' }): Pod {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'default', uid: 'u' }, spec, status };
}

function running(name: string, fields: Partial<ContainerInstance> = {}): ContainerInstance {
  return {
    id: `${name}-id`, containerID: `containerd://${name}-id`, name, kind: 'regular', attempt: 0, image: 'docker.io/library/nginx:latest', imageID: 'docker.io/library/nginx@sha256:x', specImage: 'nginx',
    startedAt: NOW - 10_000, state: 'running', hookPending: false, startupPassed: true, readinessPassed: true, log: new ContainerLog(), ...fields,
  };
}

function state(...instances: ContainerInstance[]): PodState {
  const s = new PodState('u');
  s.sandbox = { podIP: '10.244.0.7', listeners: new ListenerTable() };
  for (const i of instances) s.add(i);
  return s;
}

const generate = (p: Pod, s: PodState, podIsTerminal = false) => generatePodStatus({ pod: p, state: s, hostIP: '172.18.0.2', now: NOW, podIsTerminal });

test('before the runtime reports anything, containers wait in ContainerCreating (PodInitializing with init containers)', () => {
  const plain = generate(pod({ containers: [{ name: 'web', image: 'nginx' }] }), state());
  assert.deepEqual(plain.containerStatuses?.[0]?.state, { waiting: { reason: 'ContainerCreating' } });
  assert.equal(plain.phase, 'Pending');
  const withInit = generate(pod({ initContainers: [{ name: 'init', image: 'busybox' }], containers: [{ name: 'web', image: 'nginx' }] }), state());
  assert.deepEqual(withInit.containerStatuses?.[0]?.state, { waiting: { reason: 'PodInitializing' } });
  assert.deepEqual(withInit.conditions?.find((c) => c.type === 'Initialized'), {
    type: 'Initialized', status: 'False', reason: 'ContainersNotInitialized', message: 'containers with incomplete status: [init]', lastProbeTime: null, lastTransitionTime: '2025-01-01T00:01:00Z',
  });
});

test('a running, ready container makes the pod Running and Ready with its IPs', () => {
  const status = generate(pod({ containers: [{ name: 'web', image: 'nginx' }] }), state(running('web')));
  assert.equal(status.phase, 'Running');
  assert.equal(status.podIP, '10.244.0.7');
  assert.deepEqual(status.conditions?.map((c) => `${c.type}=${c.status}`), ['PodReadyToStartContainers=True', 'Initialized=True', 'Ready=True', 'ContainersReady=True', 'PodScheduled=True']);
});

test('an unready container is reported in ContainersReady and Ready', () => {
  const status = generate(pod({ containers: [{ name: 'web', image: 'nginx' }] }), state(running('web', { readinessPassed: false })));
  const ready = status.conditions?.find((c) => c.type === 'Ready');
  assert.equal(ready?.message, 'containers with unready status: [web]');
  assert.equal(ready?.reason, 'ContainersNotReady');
});

test('a cached start failure shows as waiting, the termination moving to lastState', () => {
  const s = state(running('web'));
  s.markExited(s.latest('web')!, 1, NOW - 1_000);
  s.setFailure('web', { reason: 'CrashLoopBackOff', message: 'back-off 10s restarting failed container=web pod=web_default(u)' });
  const status = generate(pod({ containers: [{ name: 'web', image: 'nginx' }] }), s);
  const container = status.containerStatuses?.[0];
  assert.equal(container?.state?.waiting?.reason, 'CrashLoopBackOff');
  assert.equal(container?.lastState?.terminated?.reason, 'Error');
  assert.equal(status.phase, 'Running');
});

test('phase follows restartPolicy once every container exited', () => {
  const exited = (code: number) => {
    const s = state(running('web'));
    s.markExited(s.latest('web')!, code, NOW - 1_000);
    return s;
  };
  assert.equal(generate(pod({ restartPolicy: 'Never', containers: [{ name: 'web', image: 'nginx' }] }), exited(0)).phase, 'Succeeded');
  assert.equal(generate(pod({ restartPolicy: 'Never', containers: [{ name: 'web', image: 'nginx' }] }), exited(3)).phase, 'Failed');
  assert.equal(generate(pod({ restartPolicy: 'OnFailure', containers: [{ name: 'web', image: 'nginx' }] }), exited(3)).phase, 'Running');
  assert.equal(generate(pod({ containers: [{ name: 'web', image: 'nginx' }] }), exited(0), true).phase, 'Succeeded');
  assert.equal(generate(pod({ containers: [{ name: 'web', image: 'nginx' }] }), exited(137), true).phase, 'Failed');
});

test('a terminal phase never changes back, and transition times only move on change', () => {
  const p = pod({ containers: [{ name: 'web', image: 'nginx' }] }, { phase: 'Failed', conditions: [{ type: 'PodScheduled', status: 'True', lastTransitionTime: '2024-12-31T00:00:00Z' }] });
  const status = generate(p, state(running('web')));
  assert.equal(status.phase, 'Failed');
  assert.equal(status.conditions?.find((c) => c.type === 'PodScheduled')?.lastTransitionTime, '2024-12-31T00:00:00Z');
});

test('a regeneration over the stored status reuses its unchanged conditions and shared parts', () => {
  const spec = { containers: [{ name: 'web', image: 'nginx' }] };
  const first = Object.freeze(generate(pod(spec), state()));
  const again = generate(pod(spec, first), state());
  again.conditions?.forEach((c, i) => assert.equal(c, first.conditions?.[i], `condition ${c.type} is the stored object`));
  assert.equal(again.hostIPs, first.hostIPs, 'one frozen hostIPs list per node IP');
  const ready = generate(pod(spec, first), state(running('web', { readinessPassed: false })));
  const containersReady = ready.conditions?.find((c) => c.type === 'ContainersReady');
  assert.equal(containersReady?.message, 'containers with unready status: [web]');
  assert.equal(containersReady?.lastTransitionTime, first.conditions?.find((c) => c.type === 'ContainersReady')?.lastTransitionTime, 'same status: the transition time stays');
});
