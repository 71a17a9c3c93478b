import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SeededRandom } from '../clock';
import { ImageRegistry } from './image-registry';

test('a catalog image that lists its tags has only those: kubernetes-bootcamp:v10 is not found, v1 and v2 pull', () => {
  const registry = new ImageRegistry(new SeededRandom(1));
  const missing = registry.pull('gcr.io/google-samples/kubernetes-bootcamp:v10', {});
  assert.equal(missing.ok, false);
  assert.equal(
    !missing.ok && missing.error,
    'rpc error: code = NotFound desc = failed to pull and unpack image "gcr.io/google-samples/kubernetes-bootcamp:v10": failed to resolve reference "gcr.io/google-samples/kubernetes-bootcamp:v10": gcr.io/google-samples/kubernetes-bootcamp:v10: not found',
  );
  assert.equal(registry.pull('gcr.io/google-samples/kubernetes-bootcamp:v1', {}).ok, true);
  assert.equal(registry.pull('docker.io/jocatalin/kubernetes-bootcamp:v2', {}).ok, true);
  assert.equal(registry.pull('gcr.io/google-samples/kubernetes-bootcamp@sha256:0d6b8ee63bb57c5f5b6156f446b3bc3b3c143d233037f3a2f00e279c8fcc64af', {}).ok, true);
});

test('images without a tag list keep every tag, as before', () => {
  const registry = new ImageRegistry(new SeededRandom(1));
  assert.equal(registry.pull('nginx:1.99.0', {}).ok, true);
  assert.equal(registry.pull('registry.example.com/unknown/app:v10', {}).ok, true);
});
