import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ControllerHarness } from '../testing/controller-harness';
import { minTolerationSeconds, TaintEvictionController } from './taint-eviction';

function setup(taints: object[]) {
  const h = new ControllerHarness([new TaintEvictionController()]);
  h.api.create({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'node-1' }, spec: { taints } });
  const pod = (name: string, tolerations: object[] = []) => h.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { nodeName: 'node-1', tolerations, containers: [{ name: 'app', image: 'nginx' }] } });
  const events = () => h.list('Event').map((e) => (e as unknown as { message: string }).message);
  return { h, pod, events };
}

test('getMinTolerationTime: the shortest wins, none set means forever, zero means now', () => {
  assert.equal(minTolerationSeconds([{ tolerationSeconds: 300 }, { tolerationSeconds: 60 }, {}]), 60);
  assert.equal(minTolerationSeconds([{}]), -1);
  assert.equal(minTolerationSeconds([{ tolerationSeconds: -5 }, { tolerationSeconds: 60 }]), 0);
});

test('a pod that does not tolerate a NoExecute taint is deleted at once, with the event', () => {
  const { h, pod, events } = setup([{ key: 'maintenance', effect: 'NoExecute' }]);
  pod('web');
  assert.notEqual(h.get('Pod', 'web')?.metadata.deletionTimestamp, undefined);
  assert.deepEqual(events(), ['Marking for deletion Pod default/web']);
});

test('removing the taint cancels a scheduled eviction', () => {
  const { h, pod, events } = setup([{ key: 'maintenance', effect: 'NoExecute' }]);
  pod('web', [{ key: 'maintenance', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 60 }]);
  h.advance(30_000);
  const node = h.api.store.get('Node', undefined, 'node-1')!;
  h.api.update({ ...node, spec: {} });
  h.advance(60_000);
  assert.equal(h.get('Pod', 'web')?.metadata.deletionTimestamp, undefined);
  assert.deepEqual(events(), ['Cancelling deletion of Pod default/web']);
});

test('NoSchedule taints never evict', () => {
  const { h, pod } = setup([{ key: 'maintenance', effect: 'NoSchedule' }]);
  pod('web');
  h.advance(600_000);
  assert.equal(h.get('Pod', 'web')?.metadata.deletionTimestamp, undefined);
});
