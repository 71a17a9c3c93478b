import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RESOURCES, type KubeObject } from '../api';
import { Kubectl, SandboxedFiles } from '../kubectl';
import { bootstrapRecordings } from './bootstrap-recording';
import { Cluster } from './cluster';
import type { ClusterOptionsInput } from './options';

/** A fully built cluster and one replayed from its recording, with the same options. */
function builtAndReplayed(options: ClusterOptionsInput): [Cluster, Cluster] {
  bootstrapRecordings.clear();
  const built = new Cluster(options);
  const replayed = new Cluster(options);
  assert.equal(built.bootstrap, 'built');
  assert.equal(replayed.bootstrap, 'replayed');
  return [built, replayed];
}

/** Everything observable: every stored object, the timeline, the pending clock events, the generator. */
function state(cluster: Cluster) {
  return {
    objects: RESOURCES.flatMap((r) => cluster.list(r.kind)),
    revision: cluster.api.store.resourceVersion,
    timeline: cluster.timeline.all(),
    pending: cluster.clock.pending(),
    random: cluster.random.position,
  };
}

/** Exercises what components keep in memory: kubelets, pod IPAM, service allocators, scheduler, node numbering. */
function workload(cluster: Cluster): void {
  const run = (line: string, stdin?: string) => new Kubectl({ cluster, files: new SandboxedFiles(), stdin }).run(line);
  run('kubectl create deployment web --image=nginx --replicas=3');
  run('kubectl expose deployment web --port=80 --type=NodePort');
  run('kubectl create service clusterip dns-clash --tcp=53:53 --clusterip=10.96.0.10');
  cluster.addNode({ name: 'late-node' });
  run('kubectl apply -f -', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: game}\ndata: {lives: "3"}\n');
  cluster.advance(120_000);
  run('kubectl delete pod -l app=web --wait=false');
  cluster.advance(60_000);
}

for (const options of [{}, { nodes: 3, seed: 42 }, { nodes: [{ name: 'cp', labels: { role: 'x' } }], features: { cloudLoadBalancer: true } }] as ClusterOptionsInput[]) {
  test(`a replayed bootstrap equals a full one, and so does everything after it: ${JSON.stringify(options)}`, () => {
    const [built, replayed] = builtAndReplayed(options);
    assert.deepStrictEqual(state(replayed), state(built));
    workload(built);
    workload(replayed);
    assert.deepStrictEqual(state(replayed), state(built));
  });
}

test('replayed clusters share the frozen default objects but not their stores', () => {
  const [built, replayed] = builtAndReplayed({ nodes: 1 });
  const again = new Cluster({ nodes: 1 });
  assert.equal(again.get('ClusterRole', undefined, 'admin'), replayed.get('ClusterRole', undefined, 'admin'));
  assert.ok(Object.isFrozen(again.get('ClusterRole', undefined, 'admin')));
  again.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'only-here' } } as KubeObject);
  assert.equal(replayed.get('ConfigMap', 'default', 'only-here'), undefined);
  assert.equal(built.get('ConfigMap', 'default', 'only-here'), undefined);
});

test('the ClusterIPs of the default Services stay allocated in a replayed cluster', () => {
  const [, replayed] = builtAndReplayed({ nodes: 1 });
  const result = new Kubectl({ cluster: replayed, files: new SandboxedFiles() }).run('kubectl create service clusterip clash --tcp=53:53 --clusterip=10.96.0.10');
  assert.match(result.stderr, /provided IP is already allocated/);
});

test('clusters built with explicit components never replay', () => {
  bootstrapRecordings.clear();
  assert.equal(new Cluster({ nodes: 0 }, []).bootstrap, 'built');
  assert.equal(new Cluster({ nodes: 0 }, []).bootstrap, 'built');
});
