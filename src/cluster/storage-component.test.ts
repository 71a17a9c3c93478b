import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Cluster } from './cluster';
import { nodeFiles } from './storage-component';

test("files are prepared only on the cluster's own nodes; a missing node's paths read as absent", () => {
  const cluster = new Cluster({ nodes: 1 });
  nodeFiles(cluster, 'node-1').write('/mnt/data/index.html', 'Hello from Kubernetes storage\n');
  assert.equal(nodeFiles(cluster, 'node-1').has('/mnt/data/index.html'), true);
  assert.throws(() => nodeFiles(cluster, 'kind-worker').write('/mnt/data/index.html', ''), /there is no node "kind-worker" \(the cluster's nodes: node-1\)/);
  assert.throws(() => nodeFiles(cluster, 'kind-worker').mkdir('/mnt/data'), /no node "kind-worker"/);
  assert.equal(nodeFiles(cluster, 'kind-worker').has('/mnt/data'), false);
});
