import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deepCopy, deepFreeze } from '../deep-freeze';
import type { Pod } from '../schemas';
import { defaultPod } from './core-v1';
import { defaultPodTemplateSpec } from './pod-spec';
import { defaultedPod } from './pod-copy-on-write';

/** JSON text that also records key order (JSON.stringify keeps it) and undefined fields as `"~"`. */
const text = (value: unknown): string => JSON.stringify(value, (_key, v: unknown) => (v === undefined ? '~' : v));

const plainDefaults = (pod: Pod): Pod => {
  const copy = deepCopy(pod);
  defaultPod(copy);
  return copy;
};

const spec = {
  containers: [
    { name: 'web', image: 'nginx', ports: [{ containerPort: 80 }], resources: { limits: { cpu: '1' } }, readinessProbe: { httpGet: { port: 80 } } },
  ],
  initContainers: [{ name: 'init', image: 'busybox:1.36', resources: { limits: { memory: '1Gi' }, requests: { cpu: '100m' } } }],
  volumes: [{ name: 'empty' }, { name: 'cfg', configMap: { name: 'c' } }],
  tolerations: [{ key: 'k', operator: 'Exists' }],
  nodeSelector: { zone: 'a' },
};

const podOf = (podSpec: unknown): Pod => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default', labels: { app: 'web' } }, spec: podSpec } as Pod);

test('a pod with unfrozen subtrees is defaulted as a deep copy would be', () => {
  const pod = podOf(deepCopy(spec));
  const before = text(pod);
  assert.equal(text(defaultedPod(pod)), text(plainDefaults(pod)));
  assert.equal(text(pod), before);
});

test('a pod built from a frozen defaulted template shares the defaulted subtrees, with the same fields and order', () => {
  const template = { metadata: { labels: { app: 'web' } }, spec: deepCopy(spec) } as Parameters<typeof defaultPodTemplateSpec>[0];
  defaultPodTemplateSpec(template);
  deepFreeze(template);
  const first = defaultedPod({ ...podOf({ ...template.spec, undefinedField: undefined }), metadata: { name: 'a', labels: template.metadata!.labels } })!;
  const second = defaultedPod({ ...podOf({ ...template.spec }), metadata: { name: 'a', labels: template.metadata!.labels } })!;
  assert.equal(second.metadata.labels, first.metadata.labels);
  assert.equal(text(first), text(plainDefaults({ ...podOf({ ...template.spec }), metadata: { name: 'a', labels: template.metadata!.labels } })));
  assert.equal(text(second), text(first));
  assert.equal(second.spec!.containers, first.spec!.containers);
  assert.ok(Object.isFrozen(first.spec!.containers) && !Object.isFrozen(first.spec));
  assert.notEqual(first.spec!.containers, template.spec!.containers, 'the template itself is never written');
});

test('frozen but not yet defaulted subtrees are defaulted in the shared copy', () => {
  const frozen = deepFreeze(deepCopy(spec));
  assert.equal(text(defaultedPod(podOf({ ...frozen }))), text(plainDefaults(podOf(deepCopy(frozen)))));
});

test('host-network pods and pods without a spec take the plain path', () => {
  assert.equal(defaultedPod(podOf({ ...spec, hostNetwork: true })), undefined);
  assert.equal(defaultedPod({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' } } as Pod), undefined);
});
