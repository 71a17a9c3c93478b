import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Job } from '../schemas';
import { generateJobSelector, prepareJobForCreate } from './batch-v1';

const job = (spec: Job['spec']): Job => ({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'pi', uid: 'u-1' }, spec });

test('generateJobSelector labels the template and selects the controller-uid label', () => {
  const result = generateJobSelector(job({ template: { metadata: { labels: { app: 'pi' } } } }));
  assert.deepEqual(result.spec?.selector, { matchLabels: { 'batch.kubernetes.io/controller-uid': 'u-1' } });
  assert.deepEqual(result.spec?.template?.metadata?.labels, {
    app: 'pi',
    'batch.kubernetes.io/controller-uid': 'u-1',
    'batch.kubernetes.io/job-name': 'pi',
    'controller-uid': 'u-1',
    'job-name': 'pi',
  });
});

test('generateJobSelector leaves a manual selector alone', () => {
  const manual = job({ manualSelector: true, selector: { matchLabels: { a: 'b' } } });
  assert.equal(generateJobSelector(manual), manual);
});

test('a Job created without labels is stored with the generated template labels; its own labels are kept', () => {
  const bare = prepareJobForCreate(job({ template: {} }));
  assert.deepEqual(bare.metadata.labels, {
    'batch.kubernetes.io/controller-uid': 'u-1',
    'batch.kubernetes.io/job-name': 'pi',
    'controller-uid': 'u-1',
    'job-name': 'pi',
  });
  const labelled = prepareJobForCreate({ ...job({ template: {} }), metadata: { name: 'pi', uid: 'u-1', labels: { app: 'pi' } } });
  assert.deepEqual(labelled.metadata.labels, { app: 'pi' });
});
