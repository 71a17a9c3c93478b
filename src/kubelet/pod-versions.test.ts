/**
 * What the successive stored versions of a pod share (create, bind, the kubelet's status writes): a pod is
 * written four times, and at 150,000 pods every subtree a version copies instead of sharing is copied,
 * promoted and collected again per pod. These tests pin each sharing guarantee by identity, so a change that
 * quietly copies one fails here rather than in a heap snapshot.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { KubeObject, StoredObject } from '../api';
import type { Pod, PodCondition } from '../api/schemas';
import { Cluster } from '../cluster';

const REPLICAS = 4;

/** Every stored version of each pod of a 4-replica Deployment on one node, once all are Running and Ready. */
function podVersions(): StoredObject<Pod>[][] {
  const cluster = new Cluster({ nodes: 1 });
  const versions = new Map<string, StoredObject<Pod>[]>();
  cluster.api.store.watch('Pod', (event) => {
    const pod = event.object as StoredObject<Pod>;
    const list = versions.get(pod.metadata.uid) ?? [];
    if (list.at(-1) !== pod) list.push(pod);
    versions.set(pod.metadata.uid, list);
  });
  cluster.create(deployment());
  const ready = (list: StoredObject<Pod>[]) => list.at(-1)?.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
  cluster.waitUntil(() => versions.size === REPLICAS && [...versions.values()].every(ready), 60_000, 'pods Ready');
  return [...versions.values()];
}

function deployment(): KubeObject {
  const labels = { app: 'web' };
  const container = { name: 'web', image: 'nginx', resources: { requests: { cpu: '10m', memory: '32Mi' } } };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default' },
    spec: { replicas: REPLICAS, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [container] } } },
  } as KubeObject;
}

const condition = (pod: Pod, type: string): PodCondition | undefined => pod.status?.conditions?.find((c) => c.type === type);

test('bind and status writes keep the spec, labels and owner references of the version before', () => {
  for (const [created, bound, ...written] of podVersions()) {
    assert.ok(created && bound && written.length > 0);
    assert.notEqual(bound.spec, created.spec, 'the binding sets spec.nodeName');
    assert.equal(bound.spec?.containers, created.spec?.containers);
    assert.equal(bound.spec?.volumes, created.spec?.volumes);
    assert.equal(bound.spec?.tolerations, created.spec?.tolerations);
    for (const version of written) {
      assert.equal(version.spec, bound.spec, 'a status write shares the bound spec');
      assert.equal(version.metadata.labels, created.metadata.labels);
      assert.equal(version.metadata.ownerReferences, created.metadata.ownerReferences);
    }
  }
});

test('a status write keeps every status part that did not change: conditions, host IPs, volume mounts', () => {
  for (const [, bound, ...written] of podVersions()) {
    const scheduled = condition(bound!, 'PodScheduled');
    assert.ok(scheduled);
    assert.ok(written.length >= 2, 'the kubelet writes the status at least twice (ContainerCreating, Running)');
    let previous = bound!;
    for (const version of written) {
      assert.equal(condition(version, 'PodScheduled'), scheduled, "the binding's PodScheduled condition is kept as it is");
      if (previous !== bound) {
        assert.equal(version.status?.hostIPs, previous.status?.hostIPs);
        assert.equal(condition(version, 'Initialized'), condition(previous, 'Initialized'));
        assert.equal(version.status?.containerStatuses?.[0]?.volumeMounts, previous.status?.containerStatuses?.[0]?.volumeMounts);
        assert.equal(version.status?.containerStatuses?.[0]?.lastState, previous.status?.containerStatuses?.[0]?.lastState);
      }
      previous = version;
    }
  }
});

test("pods share the default tolerations, their node's hostIPs list, and conditions that changed in the same second", () => {
  const last = podVersions().map((list) => list.at(-1)!);
  const [first, ...others] = last;
  for (const pod of others) {
    assert.equal(pod.spec?.tolerations, first!.spec?.tolerations, 'DefaultTolerationSeconds: one frozen list');
    assert.equal(pod.status?.hostIPs, first!.status?.hostIPs);
    for (const type of ['Initialized', 'Ready', 'ContainersReady', 'PodReadyToStartContainers']) {
      const a = condition(first!, type);
      const b = condition(pod, type);
      if (a?.lastTransitionTime === b?.lastTransitionTime) assert.equal(b, a, `${type} at ${a?.lastTransitionTime}`);
    }
  }
});
