import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { KubeObject, StoredObject } from '../../api';
import { ControllerHarness } from '../../testing/controller-harness';
import { fakeKubelet } from '../../testing/fake-kubelet';
import { template } from '../../testing/workload-fixtures';
import { daemonSetController } from './reconcile';
import { daemonTolerations } from './placement';

function node(name: string, extra: { labels?: Record<string, string>; taints?: unknown[] } = {}): KubeObject {
  return { apiVersion: 'v1', kind: 'Node', metadata: { name, labels: { 'kubernetes.io/hostname': name, ...extra.labels } }, spec: { taints: extra.taints } };
}

function ds(spec: Record<string, unknown> = {}): StoredObject {
  return { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent' }, spec: { selector: { matchLabels: { app: 'agent' } }, template: template({ app: 'agent' }), ...spec } } as unknown as StoredObject;
}

function harness(legacy = false, ...nodes: KubeObject[]): ControllerHarness {
  const h = new ControllerHarness([daemonSetController(legacy), fakeKubelet(1000)]);
  for (const n of nodes) h.api.create(n);
  return h;
}

const targets = (h: ControllerHarness) =>
  h
    .list('Pod')
    .filter((p) => !p.metadata.deletionTimestamp)
    .map((p) => ((p.spec as { affinity?: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: { matchFields: { values: string[] }[] }[] } } } }).affinity?.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0]!.matchFields[0]!.values[0] ?? (p.spec as { nodeName?: string }).nodeName))
    .sort();

test('one pod per node, aimed at it through required node affinity on metadata.name', () => {
  const h = harness(false, node('node-1'), node('node-2'));
  h.create(ds());
  assert.deepEqual(targets(h), ['node-1', 'node-2']);
  const pod = h.list('Pod')[0]!;
  assert.equal((pod.spec as { nodeName?: string }).nodeName, undefined, 'the scheduler binds it');
  assert.deepEqual((pod.spec as { tolerations: unknown[] }).tolerations, daemonTolerations(false));
  assert.equal(pod.metadata.labels?.['pod-template-generation'], '1');
  assert.match(pod.metadata.labels?.['controller-revision-hash'] ?? '', /^\w+$/);
  assert.equal(h.list('ControllerRevision').length, 1);
});

test('legacy scheduling (before 1.12): the controller sets nodeName itself', () => {
  const h = harness(true, node('node-1'));
  h.create(ds());
  assert.equal((h.list('Pod')[0]!.spec as { nodeName?: string }).nodeName, 'node-1');
});

test('a joining node gets a pod; nodeSelector and untolerated NoSchedule taints are respected', () => {
  const h = harness(false, node('node-1', { labels: { disk: 'ssd' } }), node('node-2'), node('tainted', { labels: { disk: 'ssd' }, taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] }));
  h.create(ds({ template: { ...template({ app: 'agent' }), spec: { ...(template({ app: 'agent' }).spec as object), nodeSelector: { disk: 'ssd' } } } }));
  assert.deepEqual(targets(h), ['node-1']);
  h.api.create(node('node-3', { labels: { disk: 'ssd' } }));
  h.advance(0);
  assert.deepEqual(targets(h), ['node-1', 'node-3']);
  const status = h.get('DaemonSet', 'agent')!.status as Record<string, number>;
  assert.equal(status.desiredNumberScheduled, 2);
});

test('cordoned nodes (the unschedulable taint) still run the daemon pod', () => {
  const h = harness(false, node('node-1', { taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }] }));
  h.create(ds());
  assert.deepEqual(targets(h), ['node-1']);
});

test('RollingUpdate with maxUnavailable 1 replaces one node at a time', () => {
  const h = harness(false, node('node-1'), node('node-2'), node('node-3'));
  h.create(ds());
  h.advance(5000);
  h.updateSpec('DaemonSet', 'agent', (spec) => ({ ...spec, template: template({ app: 'agent' }, 'nginx:1.16') }));
  const deleting = h.list('Pod').filter((p) => p.metadata.deletionTimestamp === undefined && (p.spec as { containers: { image: string }[] }).containers[0]!.image === 'nginx:1.16');
  assert.equal(deleting.length, 1, 'one node at a time');
  h.advance(30_000);
  const images = h.list('Pod').map((p) => (p.spec as { containers: { image: string }[] }).containers[0]!.image);
  assert.deepEqual(images, ['nginx:1.16', 'nginx:1.16', 'nginx:1.16']);
  assert.equal(h.list('ControllerRevision').length, 2);
});

test('OnDelete keeps old pods until they are deleted by hand', () => {
  const h = harness(false, node('node-1'));
  h.create(ds({ updateStrategy: { type: 'OnDelete' } }));
  h.advance(5000);
  h.updateSpec('DaemonSet', 'agent', (spec) => ({ ...spec, template: template({ app: 'agent' }, 'nginx:1.16') }));
  const [old] = h.list('Pod');
  assert.equal((old!.spec as { containers: { image: string }[] }).containers[0]!.image, 'nginx:1.14');
  h.api.delete('Pod', 'default', old!.metadata.name);
  h.advance(0);
  assert.equal((h.list('Pod')[0]!.spec as { containers: { image: string }[] }).containers[0]!.image, 'nginx:1.16');
});
