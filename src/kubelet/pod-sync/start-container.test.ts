import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { KubeObject } from '../../api';
import type { Event, Pod } from '../../api/schemas';
import { Cluster } from '../../cluster';

/** pv-duplicate.yaml's mistake: a subPath the volume lacks becomes a directory, mounted over the image's file. */
function podMountingADirectoryOntoAFile(): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'test', namespace: 'default' },
    spec: {
      restartPolicy: 'Always',
      containers: [{ name: 'test', image: 'busybox', command: ['sleep', '3600'], volumeMounts: [{ name: 'config', mountPath: '/etc/passwd', subPath: 'passwd' }] }],
      volumes: [{ name: 'config', emptyDir: {} }],
    },
  } as KubeObject;
}

test('a volume runc cannot mount is a StartError: Created, then RunContainerError, exit code 128, restarted', () => {
  const cluster = new Cluster({ nodes: 1 });
  cluster.create(podMountingADirectoryOntoAFile());
  cluster.advance(15_000);
  const pod = cluster.api.store.get('Pod', 'default', 'test') as Pod;
  const status = pod.status?.containerStatuses?.[0];
  assert.equal(status?.lastState?.terminated?.reason, 'StartError');
  assert.equal(status?.lastState?.terminated?.exitCode, 128);
  assert.match(status?.lastState?.terminated?.message ?? '', /^failed to create containerd task: .*runc create failed: .*not a directory/i);
  assert.ok((status?.restartCount ?? 0) >= 1);
  const reasons = (cluster.api.store.list('Event', 'default') as Event[]).map((event) => event.reason);
  assert.ok(reasons.includes('Created') && reasons.includes('Failed'), reasons.join(','));
});
