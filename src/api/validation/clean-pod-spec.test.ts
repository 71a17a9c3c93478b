import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deepFreeze } from '../deep-freeze';
import type { Container, PodSpec, Volume } from '../schemas';
import { CleanPodSpec } from './clean-pod-spec';
import { validatePodSpec } from './pod-spec';

const MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';
const PROJECTED = deepFreeze({ sources: [{ serviceAccountToken: { path: 'token' } }] }) as Volume['projected'];
const CONFIG = deepFreeze({ name: 'config', configMap: { name: 'web-config' } }) as Volume;
const CONFIG_MOUNT = deepFreeze({ name: 'config', mountPath: '/etc/web' });
const PORTS = deepFreeze([{ containerPort: 80, protocol: 'TCP' }]) as Container['ports'];

/** A pod spec as the create pipeline leaves it: shared frozen subtrees, its own token volume and mounts. */
function podSpec(token: string, extra: { mounts?: Container['volumeMounts']; volumes?: Volume[] } = {}): PodSpec {
  return {
    volumes: extra.volumes ?? [CONFIG, { name: token, projected: PROJECTED }],
    containers: [{ name: 'web', image: 'nginx', ports: PORTS, volumeMounts: extra.mounts ?? [CONFIG_MOUNT, { name: token, readOnly: true, mountPath: MOUNT_PATH }] }],
    restartPolicy: 'Always',
    serviceAccountName: 'default',
  };
}

function remembered(spec: PodSpec): CleanPodSpec {
  const memo = new CleanPodSpec();
  memo.remember(spec, validatePodSpec(spec, 'spec', { resourceIsPod: true }));
  deepFreeze(spec);
  return memo;
}

test('a spec that renames the token volume and its mounts is covered, and does validate clean', () => {
  const memo = remembered(podSpec('kube-api-access-abcde'));
  const next = podSpec('kube-api-access-fghij');
  assert.equal(memo.covers(next), true);
  assert.deepEqual(validatePodSpec(next, 'spec', { resourceIsPod: true }), []);
});

test('the remembered spec is trusted only once frozen, and only after a clean validation', () => {
  const memo = new CleanPodSpec();
  const first = podSpec('kube-api-access-abcde');
  memo.remember(first, []);
  assert.equal(memo.covers(podSpec('kube-api-access-fghij')), false);
  deepFreeze(first);
  assert.equal(memo.covers(podSpec('kube-api-access-fghij')), true);
  const dirty = new CleanPodSpec();
  const bad = podSpec('kube-api-access-abcde');
  dirty.remember(bad, [{ field: 'spec.x', detail: 'Invalid value' }]);
  deepFreeze(bad);
  assert.equal(dirty.covers(podSpec('kube-api-access-fghij')), false);
});

test('a rename that collides, is not a label, or leaves a mount of the old name is not covered', () => {
  const memo = remembered(podSpec('kube-api-access-abcde'));
  assert.equal(memo.covers(podSpec('config')), false);
  assert.equal(memo.covers(podSpec('Kube-Access')), false);
  const stale = podSpec('kube-api-access-fghij', { mounts: [CONFIG_MOUNT, { name: 'kube-api-access-abcde', readOnly: true, mountPath: MOUNT_PATH }] });
  assert.equal(memo.covers(stale), false);
  assert.notDeepEqual(validatePodSpec(stale, 'spec', { resourceIsPod: true }), []);
});

test('any other difference, or a different key set, is not covered', () => {
  const memo = remembered(podSpec('kube-api-access-abcde'));
  assert.equal(memo.covers({ ...podSpec('kube-api-access-fghij'), restartPolicy: 'Never' }), false);
  assert.equal(memo.covers({ ...podSpec('kube-api-access-fghij'), hostname: undefined }), false);
  const copiedPorts = podSpec('kube-api-access-fghij');
  copiedPorts.containers![0] = { ...copiedPorts.containers![0]!, ports: [{ containerPort: 80, protocol: 'TCP' }] };
  assert.equal(memo.covers(copiedPorts), false);
  const twoRenamed = podSpec('kube-api-access-fghij', { volumes: [{ name: 'other', configMap: CONFIG.configMap }, { name: 'kube-api-access-fghij', projected: PROJECTED }] });
  assert.equal(memo.covers(twoRenamed), false);
});

test('a generic ephemeral volume, whose claim name joins the pod name, is never covered', () => {
  const ephemeral = deepFreeze({ name: 'scratch', ephemeral: { volumeClaimTemplate: { spec: {} } } }) as Volume;
  const memo = remembered(podSpec('kube-api-access-abcde', { volumes: [ephemeral, { name: 'kube-api-access-abcde', projected: PROJECTED }] }));
  assert.equal(memo.covers(podSpec('kube-api-access-fghij', { volumes: [ephemeral, { name: 'kube-api-access-fghij', projected: PROJECTED }] })), false);
});
