import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SeededRandom, VirtualClock } from '../../clock';
import { serviceAccountAdmission } from '../admission/service-account';
import { ApiServer } from '../api-server';
import type { KubeObject, StoredObject } from '../object';

function server(): { api: ApiServer; rs: StoredObject } {
  const api = new ApiServer(new VirtualClock(), new SeededRandom(1));
  api.registerAdmission(serviceAccountAdmission(api.store));
  api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });
  const rs = api.create({
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name: 'web', namespace: 'default' },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx', resources: { requests: { cpu: '10m' } } }] } },
    },
  });
  return { api, rs };
}

/** What the ReplicaSet controller sends (controller.GetPodFromTemplate): a fresh copy of the template. */
function podOf(rs: StoredObject, extra: Record<string, unknown> = {}): KubeObject {
  const template = (rs.spec as { template: { metadata: { labels: Record<string, string> }; spec: object } }).template;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      generateName: 'web-',
      namespace: 'default',
      labels: { ...template.metadata.labels },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web', uid: rs.metadata.uid, controller: true, blockOwnerDeletion: true }],
    },
    spec: { ...structuredClone(template.spec), ...extra },
  };
}

type PodParts = { metadata: { labels: object; ownerReferences: object }; spec: { containers: { resources: object; volumeMounts: { name: string }[] }[]; tolerations: object; securityContext: object; volumes: { name: string; projected: object }[] }; status: object };

test('pods of one template share every frozen subtree they have in common with the first', () => {
  const { api, rs } = server();
  const first = api.create(podOf(rs)) as unknown as PodParts;
  const second = api.create(podOf(rs)) as unknown as PodParts;
  assert.equal(second.metadata.labels, first.metadata.labels);
  assert.equal(second.metadata.ownerReferences, first.metadata.ownerReferences);
  assert.equal(second.spec.tolerations, first.spec.tolerations);
  assert.equal(second.spec.securityContext, first.spec.securityContext);
  assert.equal(second.spec.containers[0]!.resources, first.spec.containers[0]!.resources);
  assert.equal(second.spec.volumes[0]!.projected, first.spec.volumes[0]!.projected);
  assert.equal(second.status, first.status);
  assert.notEqual(second.spec.volumes[0]!.name, first.spec.volumes[0]!.name, 'each pod has its own kube-api-access volume');
  assert.equal(second.spec.containers[0]!.volumeMounts[0]!.name, second.spec.volumes[0]!.name);
});

test('a shared pod is stored exactly as an unshared one, and a different spec shares only what is equal', () => {
  const { api, rs } = server();
  api.create(podOf(rs));
  const plain = new ApiServer(new VirtualClock(), new SeededRandom(2));
  const shared = api.create(podOf(rs, { hostname: 'h' }));
  // The same request through a server that has no exemplar (no such owner in its store) stores equal JSON.
  plain.registerAdmission(serviceAccountAdmission(plain.store));
  plain.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });
  const alone = plain.create(podOf(rs, { hostname: 'h' }));
  const strip = (o: StoredObject) => JSON.stringify({ ...o, metadata: { ...o.metadata, name: '', uid: '', resourceVersion: '' } }).replace(/kube-api-access-\w{5}/g, 'kube-api-access-x');
  assert.equal(strip(shared), strip(alone));
  assert.equal((shared.spec as { hostname?: string }).hostname, 'h');
});

test('a dry run gets an object of its own', () => {
  const { api, rs } = server();
  const first = api.create(podOf(rs)) as unknown as PodParts;
  const dry = api.create(podOf(rs), { dryRun: true }) as unknown as PodParts;
  assert.notEqual(dry.spec.securityContext, first.spec.securityContext);
  assert.equal(Object.isFrozen(dry.spec.securityContext), false);
});
