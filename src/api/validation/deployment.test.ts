import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError } from '../api-error';
import type { Deployment } from '../schemas';
import { validateCreate, validateUpdate } from './index';
import { manifest, rendered } from './test-helpers';

const DOCS_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deployment
  namespace: default
  labels: {app: nginx}
spec:
  replicas: 3
  selector:
    matchLabels: {app: nginx}
  template:
    metadata:
      labels: {app: nginx}
    spec:
      containers:
      - name: nginx
        image: nginx:1.14.2
        ports:
        - containerPort: 80
`;
const deployment = (change: (d: Deployment) => void = () => undefined): Deployment => {
  const d = manifest<Deployment>(DOCS_DEPLOYMENT);
  change(d);
  return d;
};
const message = (d: Deployment): string => ApiError.invalid('Deployment', d.metadata.name ?? '', validateCreate(d)).message;

test('the nginx Deployment from the Kubernetes docs is valid', () => {
  assert.deepEqual(validateCreate(deployment()), []);
});

test('a selector that does not select the template labels', () => {
  const d = deployment((x) => (x.spec!.template!.metadata!.labels = { app: 'web' }));
  assert.equal(
    message(d),
    'Deployment "nginx-deployment" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`',
  );
});

test('a missing selector is required and then selects nothing', () => {
  const d = deployment((x) => delete x.spec!.selector);
  assert.deepEqual(rendered(validateCreate(d)), [
    'spec.selector: Required value',
    'spec.template.metadata.labels: Invalid value: map[string]string{"app":"nginx"}: `selector` does not match template `labels`',
  ]);
});

test('an empty selector is invalid for deployment', () => {
  const d = deployment((x) => (x.spec!.selector = {}));
  assert.deepEqual(rendered(validateCreate(d)), [
    'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment',
  ]);
});

test('negative replicas', () => {
  assert.deepEqual(rendered(validateCreate(deployment((x) => (x.spec!.replicas = -1)))), ['spec.replicas: Invalid value: -1: must be greater than or equal to 0']);
});

test('template restartPolicy must be Always', () => {
  const d = deployment((x) => (x.spec!.template!.spec!.restartPolicy = 'Never'));
  assert.deepEqual(rendered(validateCreate(d)), ['spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"']);
});

test('maxSurge and maxUnavailable rules', () => {
  const zero = deployment((x) => (x.spec!.strategy = { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: 0 } }));
  assert.deepEqual(rendered(validateCreate(zero)), [
    'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:""}: may not be 0 when `maxSurge` is 0',
  ]);
  const over = deployment((x) => (x.spec!.strategy = { rollingUpdate: { maxSurge: 'x%', maxUnavailable: '110%' } }));
  assert.deepEqual(rendered(validateCreate(over)), [
    `spec.strategy.rollingUpdate.maxSurge: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"x%"}: a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')`,
    'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"110%"}: must not be greater than 100%',
  ]);
});

test('Recreate may not carry rollingUpdate; progressDeadlineSeconds must exceed minReadySeconds', () => {
  const d = deployment((x) => {
    x.spec!.strategy = { type: 'Recreate', rollingUpdate: { maxSurge: 1 } };
    x.spec!.minReadySeconds = 10;
    x.spec!.progressDeadlineSeconds = 10;
  });
  assert.deepEqual(rendered(validateCreate(d)), [
    "spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'",
    'spec.progressDeadlineSeconds: Invalid value: 10: must be greater than minReadySeconds',
  ]);
});

test('the selector is immutable on update', () => {
  const old = deployment();
  const updated = deployment((x) => {
    x.spec!.selector = { matchLabels: { app: 'nginx2' } };
    x.spec!.template!.metadata!.labels = { app: 'nginx2' };
  });
  assert.deepEqual(rendered(validateUpdate(updated, old)), [
    'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"nginx2"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable',
  ]);
  assert.deepEqual(validateUpdate(deployment((x) => (x.spec!.replicas = 5)), old), []);
});
