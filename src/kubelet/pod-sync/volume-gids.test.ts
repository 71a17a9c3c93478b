import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Pod } from '../../api/schemas';
import { storeWith } from '../../testing/workload-fixtures';
import { extraSupplementalGroups } from './volume-gids';

function volume(name: string, gid?: string) {
  return { apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name, ...(gid === undefined ? {} : { annotations: { 'pv.beta.kubernetes.io/gid': gid } }) }, spec: { capacity: { storage: '1Gi' } } };
}
function claim(name: string, volumeName?: string) {
  return { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name, namespace: 'default' }, spec: volumeName ? { volumeName } : {} };
}
function podUsing(claims: string[], supplementalGroups?: number[]): Pod {
  const volumes = claims.map((claimName, i) => ({ name: `v${i}`, persistentVolumeClaim: { claimName } }));
  return { metadata: { name: 'p', namespace: 'default' }, spec: { containers: [{ name: 'c' }], volumes, ...(supplementalGroups ? { securityContext: { supplementalGroups } } : {}) } } as Pod;
}

test("the docs' pv1 with pv.beta.kubernetes.io/gid: \"1234\" adds group 1234 to a pod bound to it", () => {
  const store = storeWith(volume('pv1', '1234'), claim('c1', 'pv1'));
  assert.deepEqual(extraSupplementalGroups(podUsing(['c1']), store), [1234]);
});

test('each group once; unbound claims, volumes without the annotation and non-integers add nothing', () => {
  const store = storeWith(volume('a', '1234'), volume('b', '1234'), volume('c'), volume('d', 'staff'), claim('ca', 'a'), claim('cb', 'b'), claim('cc', 'c'), claim('cd', 'd'), claim('pending'));
  assert.deepEqual(extraSupplementalGroups(podUsing(['ca', 'cb', 'cc', 'cd', 'pending', 'missing']), store), [1234]);
});

test("a group the pod's supplementalGroups already lists is not added again", () => {
  const store = storeWith(volume('pv1', '1234'), claim('c1', 'pv1'));
  assert.deepEqual(extraSupplementalGroups(podUsing(['c1'], [1234]), store), []);
});
