import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { KubeObject, StoredObject } from '../api';
import { template } from '../testing/workload-fixtures';
import { currentRevision, type RevisionLike } from './controller-revision';

const CAUSE = 'kubernetes.io/change-cause';

function owner(annotations: Record<string, string> | undefined, image: string): StoredObject {
  const t = template({ app: 'agent' }) as { spec: { containers: { image: string }[] } };
  t.spec.containers[0]!.image = image;
  return { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent', namespace: 'default', uid: 'u1', annotations }, spec: { template: t } } as unknown as StoredObject;
}

const templateOf = (o: StoredObject) => (o.spec as { template: never }).template;
const created = (plan: ReturnType<typeof currentRevision>) => (plan.actions[0] as { object: KubeObject }).object as StoredObject<RevisionLike>;

test("a new revision carries its owner's annotations, so rollout history can show the change-cause", () => {
  const ds = owner({ 'deprecated.daemonset.template.generation': '2', [CAUSE]: 'upgrade to 1.16' }, 'nginx:1.16');
  const revision = created(currentRevision(ds, templateOf(ds), [], 'controller-revision-hash'));
  assert.deepEqual(revision.metadata.annotations, { 'deprecated.daemonset.template.generation': '2', [CAUSE]: 'upgrade to 1.16' });
});

test('an owner without annotations makes a revision without any', () => {
  const ds = owner(undefined, 'nginx:1.16');
  assert.equal(created(currentRevision(ds, templateOf(ds), [], 'controller-revision-hash')).metadata.annotations, undefined);
});

test('rolling back renumbers the old revision and keeps the annotations it was made with', () => {
  const first = owner({ [CAUSE]: 'first' }, 'nginx:1.14');
  const one = { ...created(currentRevision(first, templateOf(first), [], 'h')), revision: 1 };
  const second = owner({ [CAUSE]: 'second' }, 'nginx:1.16');
  const two = { ...created(currentRevision(second, templateOf(second), [one], 'h')), revision: 2 };
  const back = owner({ [CAUSE]: 'second' }, 'nginx:1.14');
  const plan = currentRevision(back, templateOf(back), [one, two], 'h');
  assert.equal(plan.revision, 3);
  assert.deepEqual(created(plan).metadata.annotations, { [CAUSE]: 'first' });
});
