/**
 * The invariant checks themselves: they see the violations they exist for (on a cluster without
 * controllers, so nothing repairs the broken state first), and the fencepost arithmetic follows
 * ResolveFenceposts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { KubeObject, StoredObject } from '../../api';
import { Cluster } from '../../cluster';
import { controllerRef } from '../../controllers/owner-references';
import { daemonSetOnePerNode, deploymentFenceposts, deploymentWithinBounds, jobWithinParallelism, volumesBoundOnce } from './workload-invariants';

const template = { metadata: { labels: { app: 'x' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } };

function bareCluster(): Cluster {
  return new Cluster({ nodes: 2 }, []);
}

function pods(cluster: Cluster, owner: StoredObject, count: number, node?: string): void {
  for (let i = 0; i < count; i++) {
    cluster.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: `${owner.metadata.name}-${i}`, ownerReferences: [controllerRef(owner)] }, spec: { ...(node ? { nodeName: node } : {}), containers: [{ name: 'c', image: 'nginx' }] } });
  }
}

function create(cluster: Cluster, obj: KubeObject): StoredObject {
  return cluster.create(obj);
}

test('fenceposts: surge rounds up, unavailable rounds down, and both zero allow one unavailable', () => {
  const deployment = (maxSurge: number | string, maxUnavailable: number | string, replicas = 10) => ({ spec: { replicas, strategy: { rollingUpdate: { maxSurge, maxUnavailable } } } }) as unknown as StoredObject;
  assert.deepEqual(deploymentFenceposts(deployment('25%', '25%')), { replicas: 10, maxSurge: 3, maxUnavailable: 2 });
  assert.deepEqual(deploymentFenceposts(deployment(0, 0)), { replicas: 10, maxSurge: 0, maxUnavailable: 1 });
  assert.deepEqual(deploymentFenceposts(deployment('0%', 3, 4)), { replicas: 4, maxSurge: 0, maxUnavailable: 3 });
});

test('a Deployment with more pods than replicas + maxSurge is caught', () => {
  const cluster = bareCluster();
  const deployment = create(cluster, { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas: 2, strategy: { rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } }, selector: { matchLabels: { app: 'x' } }, template } });
  const rs = create(cluster, { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'web-1', ownerReferences: [controllerRef(deployment)] }, spec: { replicas: 4, selector: { matchLabels: { app: 'x' } }, template } });
  pods(cluster, rs, 4);
  assert.deepEqual(deploymentWithinBounds(cluster, 'web', true)(), ['Deployment web has 4 pods, more than 2 replicas + 1 maxSurge', 'Deployment web has 0 available pods, fewer than 2 replicas - 0 maxUnavailable']);
});

test('two daemon pods on one node, and more job pods than parallelism, are caught', () => {
  const cluster = bareCluster();
  const ds = create(cluster, { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent' }, spec: { selector: { matchLabels: { app: 'x' } }, template } });
  pods(cluster, ds, 2, 'node-1');
  assert.deepEqual(daemonSetOnePerNode(cluster, 'agent')(), ['DaemonSet agent runs 2 pods on node-1']);
  const job = create(cluster, { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'crunch' }, spec: { parallelism: 1, template: { spec: { ...template.spec, restartPolicy: 'Never' } } } });
  pods(cluster, job, 2);
  assert.deepEqual(jobWithinParallelism(cluster, 'crunch')(), ['Job crunch runs 2 pods, more than parallelism 1']);
});

test('a volume bound to two claims is caught', () => {
  const cluster = bareCluster();
  for (const name of ['a', 'b']) {
    const claim = create(cluster, { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name }, spec: { volumeName: 'pv-1', accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } });
    cluster.api.updateStatus({ ...claim, status: { phase: 'Bound' } });
  }
  assert.deepEqual(volumesBoundOnce(cluster)(), ['PersistentVolume pv-1 is bound to a and b']);
});
