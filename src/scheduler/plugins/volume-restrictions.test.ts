import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ObjectStore } from '../../api';
import { storeVolumeListers } from '../../storage';
import { cacheWith, envWith, nodeInfoWith, runPlugin, testNode, testPod } from '../../testing/scheduler-fixtures';
import { volumeRestrictions } from './volume-restrictions';

const withClaim = (name: string, claimName: string, nodeName?: string) => testPod(name, { nodeName, volumes: [{ name: 'd', persistentVolumeClaim: { claimName } }] });

function envWithClaim(accessModes: string[], pods = [withClaim('other', 'c', 'node-1')]) {
  const store = new ObjectStore();
  const volumes = storeVolumeListers(store);
  store.put({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'c', namespace: 'default', uid: 'u', creationTimestamp: '' }, spec: { accessModes } });
  return envWith(cacheWith([testNode('node-1')], pods), volumes);
}

test('a claim that does not exist is unresolvable', () => {
  assert.deepEqual(runPlugin(volumeRestrictions, withClaim('p', 'nope'), nodeInfoWith(testNode('node-1'))), { code: 'UnschedulableAndUnresolvable', reasons: ['persistentvolumeclaim "nope" not found'] });
});

test('a ReadWriteOncePod claim in use by a scheduled pod rejects every node; ReadWriteOnce does not', () => {
  const reason = 'node has pod using PersistentVolumeClaim with the same name and ReadWriteOncePod access mode';
  assert.deepEqual(runPlugin(volumeRestrictions, withClaim('p', 'c'), nodeInfoWith(testNode('node-2')), envWithClaim(['ReadWriteOncePod'])), { code: 'Unschedulable', reasons: [reason] });
  assert.equal(runPlugin(volumeRestrictions, withClaim('p', 'c'), nodeInfoWith(testNode('node-2')), envWithClaim(['ReadWriteOnce'])), undefined);
  assert.equal(runPlugin(volumeRestrictions, withClaim('p', 'c'), nodeInfoWith(testNode('node-2')), envWithClaim(['ReadWriteOncePod'], [])), undefined);
});

test('the same EBS volume cannot be mounted twice on a node', () => {
  const ebs = (name: string, nodeName?: string) => testPod(name, { nodeName, volumes: [{ name: 'd', awsElasticBlockStore: { volumeID: 'vol-1' } }] });
  const node = nodeInfoWith(testNode('node-1'), [ebs('existing', 'node-1')]);
  assert.deepEqual(runPlugin(volumeRestrictions, ebs('p'), node), { code: 'Unschedulable', reasons: ['node(s) had no available disk'] });
  assert.equal(runPlugin(volumeRestrictions, ebs('p'), nodeInfoWith(testNode('node-2'))), undefined);
});
