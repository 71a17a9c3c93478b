import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Pod, Toleration } from '../schemas';
import { defaultTolerationSeconds } from './default-toleration-seconds';

const pod = (tolerations?: Toleration[]): Pod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p' },
  spec: { containers: [], ...(tolerations ? { tolerations } : {}) },
});

test('adds not-ready then unreachable NoExecute tolerations of 300s', () => {
  assert.deepEqual(defaultTolerationSeconds(pod()).spec?.tolerations, [
    { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
  ]);
});

test('keeps a toleration the pod already has, and a wildcard toleration suppresses both', () => {
  const own = { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 10 };
  assert.deepEqual(defaultTolerationSeconds(pod([own])).spec?.tolerations, [
    own,
    { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
  ]);
  const wildcard = pod([{ operator: 'Exists' }]);
  assert.equal(defaultTolerationSeconds(wildcard), wildcard);
});
