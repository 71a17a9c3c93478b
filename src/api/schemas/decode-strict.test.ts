import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'yaml';
import { manifest } from '../../testing/arbitraries';
import type { KubeObject } from '../object';
import { ApiError } from '../api-error';
import { RESOURCES } from '../resources';
import { decodeStrict } from './decode-strict';
import { NoKindMatchError } from './no-kind-match-error';
import { schemaForKind } from './schema-for-kind';

// From https://kubernetes.io/docs/concepts/workloads/controllers/deployment/
const NGINX_DEPLOYMENT = `
apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deployment
  labels:
    app: nginx
spec:
  replicas: 3
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.14.2
        ports:
        - containerPort: 80
`;

function decodeError(yaml: string): ApiError {
  try {
    decodeStrict(parse(yaml));
  } catch (error) {
    assert.ok(error instanceof ApiError, String(error));
    return error;
  }
  assert.fail('expected decodeStrict to throw');
}

test('a Deployment from the Kubernetes docs decodes unchanged', () => {
  const raw = parse(NGINX_DEPLOYMENT);
  assert.deepEqual(decodeStrict(raw), raw);
});

test('an unknown field is a strict decoding error with its indexed path', () => {
  const error = decodeError(`
apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
  - name: web
    imagee: nginx
`);
  assert.equal(error.reason, 'BadRequest');
  assert.equal(error.code, 400);
  assert.equal(
    error.message,
    'Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagee"',
  );
});

test('several unknown fields are listed in the sorted-key order kubectl sends them', () => {
  const error = decodeError(`
apiVersion: apps/v1
kind: Deployment
spec:
  zeta: 1
  template: {spec: {containers: [{name: a, image: b, foo: 1}]}}
  alpha: 2
top: 3
`);
  assert.equal(
    error.message,
    'Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: ' +
      'unknown field "spec.alpha", unknown field "spec.template.spec.containers[0].foo", unknown field "spec.zeta", unknown field "top"',
  );
});

test('a type mismatch is worded as encoding/json with the Go struct field path', () => {
  const error = decodeError('apiVersion: apps/v1\nkind: Deployment\nspec: {replicas: "3"}');
  assert.equal(
    error.message,
    'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32',
  );
});

test('a type mismatch wins over unknown fields, and paths omit list indices', () => {
  const error = decodeError(`
apiVersion: v1
kind: Pod
spec: {bogus: 1, containers: [{name: a, env: [{name: PORT, value: 8080}]}]}
`);
  assert.equal(
    error.message,
    'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number into Go struct field EnvVar.spec.containers.env.value of type string',
  );
});

test('mismatches name the JSON kind and the Go type as reflect prints them', () => {
  const cases: [string, string][] = [
    ['spec: []', 'cannot unmarshal array into Go struct field Pod.spec of type v1.PodSpec'],
    ['spec: {containers: {}}', 'cannot unmarshal object into Go struct field PodSpec.spec.containers of type []v1.Container'],
    ['metadata: {labels: {app: 1}}', 'cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string'],
    ['spec: {containers: [{ports: [{containerPort: 1.5}]}]}', 'cannot unmarshal number 1.5 into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32'],
    ['spec: {hostNetwork: "yes"}', 'cannot unmarshal string into Go struct field PodSpec.spec.hostNetwork of type bool'],
  ];
  for (const [body, detail] of cases) {
    const error = decodeError(`apiVersion: v1\nkind: Pod\n${body}`);
    assert.equal(error.message, `Pod in version "v1" cannot be handled as a Pod: json: ${detail}`);
  }
});

test('quantities accept YAML numbers, as kubectl does, and come back as strings', () => {
  const pod = decodeStrict(
    parse('apiVersion: v1\nkind: Pod\nspec: {containers: [{name: a, resources: {limits: {cpu: 1, memory: 1024}, requests: {cpu: 0.5}}}]}'),
  );
  assert.deepEqual((pod.spec as { containers: unknown[] }).containers[0], {
    name: 'a',
    resources: { limits: { cpu: '1', memory: '1024' }, requests: { cpu: '500m' } },
  });
});

test('a malformed quantity fails with the apimachinery regular expression message', () => {
  const error = decodeError('apiVersion: v1\nkind: Pod\nspec: {containers: [{resources: {limits: {cpu: lots}}}]}');
  assert.equal(
    error.message,
    "Pod in version \"v1\" cannot be handled as a Pod: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
  );
});

test('IntOrString takes an int or a string', () => {
  const service = decodeStrict(parse('apiVersion: v1\nkind: Service\nspec: {ports: [{port: 80, targetPort: http}, {port: 81, targetPort: 8081}]}'));
  assert.deepEqual((service.spec as { ports: unknown[] }).ports, [
    { port: 80, targetPort: 'http' },
    { port: 81, targetPort: 8081 },
  ]);
});

test('null fields are dropped as Go decodes them to zero values', () => {
  const pod = decodeStrict(parse('apiVersion: v1\nkind: Pod\nmetadata: {name: a, labels:}\nspec: {containers: [{name: a, env:, args: [x]}]}'));
  assert.deepEqual(pod, { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a' }, spec: { containers: [{ name: 'a', args: ['x'] }] } });
});

test('Secret data must be base64', () => {
  const error = decodeError('apiVersion: v1\nkind: Secret\ndata: {password: "not base64!"}');
  assert.equal(error.message, 'Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte 3');
});

test('a missing kind is reported with the JSON kubectl would have sent', () => {
  const error = decodeError('metadata:\n  name: x\napiVersion: v1\nspec: {z: 1, a: "<b>"}');
  assert.equal(error.message, `Object 'Kind' is missing in '{"apiVersion":"v1","metadata":{"name":"x"},"spec":{"a":"\\u003cb\\u003e","z":1}}'`);
});

test('an unknown kind or version is a NoKindMatchError that kubectl can wrap', () => {
  const error = decodeError('apiVersion: v1\nkind: Foo\nmetadata: {name: x}');
  assert.ok(error instanceof NoKindMatchError);
  assert.equal(error.message, 'no matches for kind "Foo" in version "v1"');
  assert.equal(
    error.kubectlMessage('x', '', 'STDIN'),
    'resource mapping not found for name: "x" namespace: "" from "STDIN": no matches for kind "Foo" in version "v1"\nensure CRDs are installed first',
  );
  assert.equal(decodeError('apiVersion: apps/v1beta1\nkind: Deployment').message, 'no matches for kind "Deployment" in version "apps/v1beta1"');
  assert.equal(decodeError('kind: Pod').message, 'no matches for kind "Pod" in version ""');
});

test('every kind in RESOURCES has a strict schema and decodes a minimal manifest', () => {
  for (const r of RESOURCES) {
    const schema = schemaForKind(r.apiVersion, r.kind);
    assert.ok(schema, `${r.apiVersion} ${r.kind}`);
    assert.equal(schema.safeParse({ apiVersion: r.apiVersion, kind: r.kind, unknownField: 1 }).success, false);
    const decoded = decodeStrict({ apiVersion: r.apiVersion, kind: r.kind, metadata: { name: 'x' } });
    assert.equal(decoded.kind, r.kind);
  }
});

test('a decoded object always has metadata', () => {
  assert.deepEqual(decodeStrict({ apiVersion: 'v1', kind: 'ConfigMap' }).metadata, {});
});

test('whatever the Go decoding accepts, the generated zod schema accepts unchanged (generated manifests)', () => {
  fc.assert(
    fc.property(manifest, (raw) => {
      let decoded: KubeObject;
      try {
        decoded = decodeStrict(raw);
      } catch {
        return true;
      }
      const parsed = schemaForKind(decoded.apiVersion, decoded.kind)!.safeParse(decoded);
      assert.ok(parsed.success, parsed.error?.message);
      assert.deepStrictEqual(parsed.data, decoded);
      return true;
    }),
    { numRuns: 1500 },
  );
});

test('quantities are stored in canonical form, as Quantity.MarshalJSON writes them back (docs: cpu "0.5" shows as 500m)', () => {
  const pod = decodeStrict(parse('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    image: i\n    resources: {limits: {cpu: 1, memory: 1024}, requests: {cpu: 0.5}}\n'));
  const resources = (pod.spec as { containers: { resources: unknown }[] }).containers[0]!.resources;
  assert.deepStrictEqual(resources, { limits: { cpu: '1', memory: '1024' }, requests: { cpu: '500m' } });
  const texts = decodeStrict(parse("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    image: i\n    resources: {limits: {cpu: '1000m', memory: 1.5Gi, ephemeral-storage: '1e3'}, requests: {cpu: '0.1', memory: 200Mi}}\n"));
  assert.deepStrictEqual((texts.spec as { containers: { resources: unknown }[] }).containers[0]!.resources, {
    limits: { cpu: '1', memory: '1536Mi', 'ephemeral-storage': '1e3' },
    requests: { cpu: '100m', memory: '200Mi' },
  });
});

test('fieldValidation Warn and Ignore drop an unknown field; only Warn reports it', () => {
  // debug-pods.md: `command` misspelt `commnd`, sent with kubectl's --validate=warn / --validate=false.
  const raw = parse(`
apiVersion: v1
kind: Pod
metadata: {name: mypod}
spec:
  containers:
  - name: busybox
    image: busybox:1.28
    commnd: [sleep, "3600"]
`);
  const expected = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'mypod' }, spec: { containers: [{ name: 'busybox', image: 'busybox:1.28' }] } };
  const warnings: string[] = [];
  assert.deepEqual(decodeStrict(raw, 'Warn', (w) => warnings.push(w)), expected);
  assert.deepEqual(warnings, ['unknown field "spec.containers[0].commnd"']);
  assert.deepEqual(decodeStrict(raw, 'Ignore', (w) => warnings.push(w)), expected);
  assert.equal(warnings.length, 1);
  assert.throws(() => decodeStrict(raw, 'Strict'), /strict decoding error: unknown field "spec.containers\[0\].commnd"/);
});

test('a type mismatch fails even when unknown fields are ignored', () => {
  const raw = parse('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: nginx, ports: [{containerPort: eighty}]}]}\n');
  assert.throws(() => decodeStrict(raw, 'Ignore'), ApiError);
});
