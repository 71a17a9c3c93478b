import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ObjectStore, Timeline, type KubeObject } from '../api';
import { recordWrites } from './timeline-writer';

function pod(status: object, extra: { nodeName?: string; deleting?: boolean } = {}): KubeObject {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name: 'web', namespace: 'default', ...(extra.deleting ? { deletionTimestamp: '2025-01-01T00:00:00Z' } : {}) },
    spec: { nodeName: extra.nodeName, containers: [{ name: 'web', image: 'nginx' }] }, status,
  } as KubeObject;
}

test('store writes become one-line summaries; a pod write also carries the swimlanes data', () => {
  const store = new ObjectStore();
  const timeline = new Timeline(() => 0);
  recordWrites(store, timeline);
  store.put(pod({ phase: 'Pending' }));
  store.put(pod({ phase: 'Pending', initContainerStatuses: [{ name: 'init', state: { terminated: { reason: 'Completed', exitCode: 0 } } }], containerStatuses: [{ name: 'web', ready: true, state: { running: {} } }] }, { nodeName: 'node-1', deleting: true }));
  store.put({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default' }, spec: { replicas: 3 } } as KubeObject);
  store.put({ apiVersion: 'v1', kind: 'Event', metadata: { name: 'e', namespace: 'default' } } as KubeObject);
  store.remove('Pod', 'default', 'web');
  assert.deepEqual(timeline.all().map((e) => `${e.type} ${e.object} | ${e.text}`), [
    'ADDED Pod default/web | phase=Pending',
    'MODIFIED Pod default/web | deleting phase=Pending node=node-1 init=terminated(Completed) web=running(ready)',
    'ADDED Deployment default/web | replicas=3',
    'DELETED Pod default/web | deleting phase=Pending node=node-1 init=terminated(Completed) web=running(ready)',
  ]);
  assert.deepEqual(timeline.all()[0]?.data, { phase: 'Pending', deleting: false, containers: {} });
  assert.deepEqual(timeline.all()[1]?.data, { phase: 'Pending', deleting: true, containers: { init: 'terminated(Completed)', web: 'running(ready)' } });
  assert.equal(timeline.all()[2]?.data, undefined);
  assert.equal(timeline.all()[3]?.data, timeline.all()[1]?.data, 'equal summaries are one interned detail');
});
