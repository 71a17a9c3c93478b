import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Container, Pod } from '../../api/schemas';
import { containerIdentity } from './container-identity';

const BUSYBOX_PASSWD = 'root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\nnobody:x:65534:65534:nobody:/home:/bin/false\n';
const passwd = () => BUSYBOX_PASSWD;

function pod(securityContext: object | undefined, container: Container): Pod {
  return { metadata: { name: 'p' }, spec: { containers: [container], ...(securityContext ? { securityContext } : {}) } } as Pod;
}

test('no securityContext: the runtime default (root)', () => {
  const container = { name: 'c' };
  assert.equal(containerIdentity(pod(undefined, container), container, passwd), undefined);
});

test("the docs' security-context-demo: runAsUser 1000, runAsGroup 3000, fsGroup 2000, supplementalGroups [4000]", () => {
  const container = { name: 'sec-ctx-demo', securityContext: { allowPrivilegeEscalation: false } };
  const identity = containerIdentity(pod({ runAsUser: 1000, runAsGroup: 3000, fsGroup: 2000, supplementalGroups: [4000] }, container), container, passwd);
  assert.deepEqual(identity, { uid: 1000, gid: 3000, supplementalGroups: [4000, 2000] });
});

test("the container's runAsUser overrides the pod's (security-context-demo-2)", () => {
  const container = { name: 'c', securityContext: { runAsUser: 2000 } };
  assert.deepEqual(containerIdentity(pod({ runAsUser: 1000 }, container), container, passwd), { uid: 2000, gid: 0, supplementalGroups: [] });
});

test("without runAsGroup the primary group is the user's in the image's /etc/passwd", () => {
  const container = { name: 'c' };
  assert.equal(containerIdentity(pod({ runAsUser: 65534 }, container), container, passwd)?.gid, 65534);
  assert.equal(containerIdentity(pod({ runAsUser: 1000 }, container), container, passwd)?.gid, 0);
});

test("groups from PersistentVolumes' gid annotations follow the pod's own, and alone still give an identity", () => {
  const container = { name: 'c' };
  assert.deepEqual(containerIdentity(pod(undefined, container), container, passwd, [1234]), { uid: 0, gid: 0, supplementalGroups: [1234] });
  assert.deepEqual(containerIdentity(pod({ fsGroup: 2000, supplementalGroups: [4000] }, container), container, passwd, [1234])?.supplementalGroups, [4000, 2000, 1234]);
});
