import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createThreeWayMergePatch, threeWayMerge } from './three-way-merge';
import { strategicMerge } from './strategic-merge';
import { applyJsonPatch, JsonPatchError } from './json-patch';
import type { Json } from './three-way-merge';

test('three-way merge: config wins, removed fields go, server-set fields stay', () => {
  const live = { metadata: { labels: { app: 'web', tier: 'fe' }, uid: 'u1' }, spec: { replicas: 5, paused: false } };
  const last = { metadata: { labels: { app: 'web', tier: 'fe' } }, spec: { replicas: 3 } };
  const config = { metadata: { labels: { app: 'web' } }, spec: { replicas: 3 } };
  assert.deepEqual(threeWayMerge(live, last, config), { metadata: { labels: { app: 'web' }, uid: 'u1' }, spec: { replicas: 3, paused: false } });
});

test('three-way merge keeps a value scaled by someone else when the config never set it', () => {
  const merged = threeWayMerge({ spec: { replicas: 5 } }, { spec: {} }, { spec: {} });
  assert.deepEqual(merged, { spec: { replicas: 5 } });
});

test('strategic merge merges containers by name and env by name, null deletes', () => {
  const live = {
    spec: {
      containers: [
        { name: 'web', image: 'nginx:1.14', env: [{ name: 'A', value: '1' }] },
        { name: 'sidecar', image: 'busybox' },
      ],
      nodeSelector: { disk: 'ssd' },
    },
  };
  const patch = { spec: { containers: [{ name: 'web', image: 'nginx:1.16', env: [{ name: 'B', value: '2' }] }], nodeSelector: null } };
  assert.deepEqual(strategicMerge(live as Json, patch as Json), {
    spec: {
      containers: [
        { name: 'web', image: 'nginx:1.16', env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }] },
        { name: 'sidecar', image: 'busybox' },
      ],
    },
  });
});

test('strategic merge $patch directives delete an item or replace a list', () => {
  const live = { containers: [{ name: 'a' }, { name: 'b' }] };
  assert.deepEqual(strategicMerge(live, { containers: [{ name: 'a', $patch: 'delete' }] }), { containers: [{ name: 'b' }] });
  assert.deepEqual(strategicMerge(live, { containers: [{ name: 'c' }, { $patch: 'replace' }] }), { containers: [{ name: 'c' }] });
});

test('lists without a merge key are replaced', () => {
  assert.deepEqual(strategicMerge({ args: ['a', 'b'] }, { args: ['c'] }), { args: ['c'] });
});

test('JSON patch: add, replace, remove, append with -, escaped pointers', () => {
  const doc = { metadata: { labels: { 'app.kubernetes.io/name': 'web' } }, spec: { replicas: 1, ports: [80] } };
  const result = applyJsonPatch(doc, [
    { op: 'replace', path: '/spec/replicas', value: 3 },
    { op: 'add', path: '/spec/ports/-', value: 443 },
    { op: 'remove', path: '/metadata/labels/app.kubernetes.io~1name' },
  ]);
  assert.deepEqual(result, { metadata: { labels: {} }, spec: { replicas: 3, ports: [80, 443] } });
  assert.deepEqual(doc.spec.replicas, 1, 'the input is not mutated');
  assert.throws(() => applyJsonPatch(doc, [{ op: 'remove', path: '/spec/nope' }]), JsonPatchError);
});

test('three-way patch: defaults inside keyed list items are not changes', () => {
  const config = { spec: { containers: [{ name: 'web', image: 'nginx', ports: [{ containerPort: 80 }] }] } };
  const live = { spec: { containers: [{ name: 'web', image: 'nginx', imagePullPolicy: 'Always', ports: [{ containerPort: 80, protocol: 'TCP' }] }], dnsPolicy: 'ClusterFirst' } };
  assert.deepEqual(createThreeWayMergePatch(config, config, live), {});
});

test('three-way patch: a changed item carries its merge key and the list order', () => {
  const last = { spec: { containers: [{ name: 'web', image: 'nginx:1.26' }] } };
  const config = { spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } };
  const live = { spec: { containers: [{ name: 'web', image: 'nginx:1.26', imagePullPolicy: 'IfNotPresent' }] } };
  assert.deepEqual(createThreeWayMergePatch(last, config, live), {
    spec: { containers: [{ image: 'nginx:1.27', name: 'web' }], '$setElementOrder/containers': [{ name: 'web' }] },
  });
});

test('three-way patch: fields and items dropped from the configuration are deleted', () => {
  const last = { metadata: { labels: { app: 'web', tier: 'fe' } }, spec: { containers: [{ name: 'a' }, { name: 'b' }] } };
  const config = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'a' }] } };
  const live = { metadata: { labels: { app: 'web', tier: 'fe', extra: 'kept' } }, spec: { containers: [{ name: 'a' }, { name: 'b' }] } };
  const patch = createThreeWayMergePatch(last, config, live);
  assert.deepEqual(patch, {
    metadata: { labels: { tier: null } },
    spec: { containers: [{ name: 'b', $patch: 'delete' }], '$setElementOrder/containers': [{ name: 'a' }] },
  });
  assert.deepEqual(strategicMerge(live, patch), { metadata: { labels: { app: 'web', extra: 'kept' } }, spec: { containers: [{ name: 'a' }] } });
});

test('three-way patch: lists without a merge key are atomic, so a defaulted item differs', () => {
  const config = { spec: { volumeClaimTemplates: [{ metadata: { name: 'data' } }] } };
  const live = { spec: { volumeClaimTemplates: [{ metadata: { name: 'data' }, status: { phase: 'Pending' } }] } };
  assert.deepEqual(createThreeWayMergePatch(config, config, live), config);
});

test('three-way patch: a Deployment strategy patch says which keys to retain', () => {
  const last = { spec: { strategy: { type: 'RollingUpdate' } } };
  const config = { spec: { strategy: { type: 'Recreate' } } };
  const live = { spec: { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%' } } } };
  const patch = createThreeWayMergePatch(last, config, live);
  assert.deepEqual(patch, { spec: { strategy: { type: 'Recreate', $retainKeys: ['type'] } } });
  assert.deepEqual(strategicMerge(live, patch), { spec: { strategy: { type: 'Recreate' } } });
});
