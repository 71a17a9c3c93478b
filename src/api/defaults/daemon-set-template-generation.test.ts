import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { KubeObject } from '../object';
import { withCreatedTemplateGeneration, withUpdatedTemplateGeneration } from './daemon-set-template-generation';

const ds = (image: string, annotations?: Record<string, string>, minReadySeconds = 0): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: { name: 'fluentd', annotations },
  spec: { minReadySeconds, template: { spec: { containers: [{ name: 'f', image }] } } },
});
const generation = (obj: KubeObject) => obj.metadata.annotations?.['deprecated.daemonset.template.generation'];

test('a new DaemonSet starts at template generation 1, beside its other annotations', () => {
  const created = withCreatedTemplateGeneration(ds('fluentd:v2.5.2', { team: 'logs' }));
  assert.deepEqual(created.metadata.annotations, { team: 'logs', 'deprecated.daemonset.template.generation': '1' });
});

test('only a template change moves the generation; a client cannot set it', () => {
  const stored = withCreatedTemplateGeneration(ds('fluentd:v2.5.2'));
  assert.equal(generation(withUpdatedTemplateGeneration(ds('fluentd:v2.5.2', undefined, 10), stored)), '1');
  assert.equal(generation(withUpdatedTemplateGeneration(ds('fluentd:v3', { 'deprecated.daemonset.template.generation': '9' }), stored)), '2');
});
