import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Cluster } from '../../cluster';
import { explainFailure, fileHint } from './failure-report';

test('the explanation names the failed step, an unchecked command with a hint, and the pods', () => {
  const cluster = new Cluster({ nodes: 1 });
  const text = explainFailure(
    {
      step: '"service/web" should exist',
      message: 'AssertionError: service/web does not exist\n    at KubeWorld.<anonymous> (steps/objects.steps.ts:16:89)',
      uncheckedFailure: 'kubectl apply -f "service.yaml"\nerror: the path "service.yaml" does not exist',
    },
    cluster,
  );
  assert.equal(
    text,
    [
      'Failed step: "service/web" should exist\n  service/web does not exist',
      'Before that, this command failed and no step checked it:\n  kubectl apply -f "service.yaml"\n  error: the path "service.yaml" does not exist\nThe file "service.yaml" is missing: add it to your submission (names are case-sensitive).',
      'At 2025-01-01T00:00:00Z (0s after the scenario started) there were no pods.',
    ].join('\n\n'),
  );
});

test('file hints: missing, too large, outside the folder, rejected', () => {
  assert.match(fileHint('kubectl apply -f big.yaml', 'error: big.yaml is larger than 1048576 bytes'), /"big\.yaml" is too large/);
  assert.match(fileHint('kubectl apply -f ../x.yaml', 'error: ../x.yaml: paths may not leave the feature or submission folder'), /points outside the submission folder/);
  assert.match(fileHint('kubectl apply -f "pod.yaml"', 'The Pod "Web" is invalid'), /Check "pod\.yaml": it was read but Kubernetes rejected it/);
  assert.equal(fileHint('kubectl get pods', 'No resources found'), 'Later failures may follow from it.');
});
