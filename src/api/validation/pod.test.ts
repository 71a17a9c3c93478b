import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError } from '../api-error';
import { validateCreate } from './index';
import { manifest, rendered } from './test-helpers';

const pod = (spec: string): ReturnType<typeof manifest> => manifest(`apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: default}\nspec:\n${spec}`);

test('the nginx pod from the Kubernetes docs is valid', () => {
  const obj = pod(`  containers:\n  - name: nginx\n    image: nginx:1.14.2\n    ports:\n    - containerPort: 80`);
  assert.deepEqual(validateCreate(obj), []);
});

test('liveness successThreshold must be 1', () => {
  const obj = pod(`  containers:\n  - name: app\n    image: nginx\n    livenessProbe:\n      httpGet: {path: /, port: 80}\n      successThreshold: 2`);
  assert.equal(ApiError.invalid('Pod', 'web', validateCreate(obj)).message, 'Pod "web" is invalid: spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1');
});

test('a probe needs exactly one handler', () => {
  const none = pod(`  containers:\n  - name: app\n    image: nginx\n    readinessProbe: {periodSeconds: 5}`);
  assert.deepEqual(rendered(validateCreate(none)), ['spec.containers[0].readinessProbe: Required value: must specify a handler type']);
  const two = pod(`  containers:\n  - name: app\n    image: nginx\n    startupProbe:\n      exec: {command: [true]}\n      tcpSocket: {port: 80}`);
  assert.deepEqual(rendered(validateCreate(two)), ['spec.containers[0].startupProbe.tcpSocket: Forbidden: may not specify more than 1 handler type']);
});

test('readiness probes may not set terminationGracePeriodSeconds', () => {
  const obj = pod(`  containers:\n  - name: app\n    image: nginx\n    readinessProbe:\n      grpc: {port: 9000}\n      terminationGracePeriodSeconds: 10`);
  assert.deepEqual(rendered(validateCreate(obj)), ['spec.containers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value: 10: must not be set for readinessProbes']);
});

test('containers are required, images too, names unique DNS labels', () => {
  assert.deepEqual(rendered(validateCreate(pod('  containers: []'))), ['spec.containers: Required value']);
  const obj = pod(`  containers:\n  - name: App\n  - name: b\n    image: x\n  - name: b\n    image: y`);
  assert.deepEqual(rendered(validateCreate(obj)), [
    `spec.containers[0].name: Invalid value: "App": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
    'spec.containers[0].image: Required value',
    'spec.containers[2].name: Duplicate value: "b"',
  ]);
});

test('volume mounts must name a volume of the pod', () => {
  const obj = pod(`  containers:\n  - name: app\n    image: nginx\n    volumeMounts: [{name: data, mountPath: /data}]\n  volumes:\n  - name: cache\n    emptyDir: {}`);
  assert.deepEqual(rendered(validateCreate(obj)), ['spec.containers[0].volumeMounts[0].name: Not found: "data"']);
});

test('a volume needs exactly one source', () => {
  const obj = pod(`  containers: [{name: app, image: nginx}]\n  volumes:\n  - name: v\n  - name: w\n    emptyDir: {}\n    configMap: {name: cfg}`);
  assert.deepEqual(rendered(validateCreate(obj)), ['spec.volumes[0]: Required value: must specify a volume type', 'spec.volumes[1].configMap: Forbidden: may not specify more than 1 volume type']);
});

test('restartPolicy values and container-level restartPolicy rules', () => {
  const bad = pod(`  restartPolicy: Sometimes\n  containers: [{name: app, image: nginx}]`);
  assert.deepEqual(rendered(validateCreate(bad)), ['spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"']);
  const regular = pod(`  containers: [{name: app, image: nginx, restartPolicy: Always}]`);
  assert.deepEqual(rendered(validateCreate(regular)), ['spec.containers[0].restartPolicy: Forbidden: may not be set for non-init containers']);
  const init = pod(`  initContainers: [{name: setup, image: busybox, restartPolicy: OnFailure}]\n  containers: [{name: app, image: nginx}]`);
  assert.deepEqual(rendered(validateCreate(init)), ['spec.initContainers[0].restartPolicy: Unsupported value: "OnFailure": supported values: "Always"']);
});

test('regular init containers may not have probes; sidecars may', () => {
  const plain = pod(`  initContainers:\n  - name: setup\n    image: busybox\n    startupProbe: {exec: {command: [true]}}\n  containers: [{name: app, image: nginx}]`);
  assert.equal(
    ApiError.invalid('Pod', 'x', validateCreate(plain)).message,
    'Pod "x" is invalid: spec.initContainers[0].startupProbe: Forbidden: may not be set for init containers without restartPolicy=Always',
  );
  const sidecar = pod(`  initContainers:\n  - name: log\n    image: busybox\n    restartPolicy: Always\n    startupProbe: {exec: {command: [true]}}\n  containers: [{name: app, image: nginx}]`);
  assert.deepEqual(validateCreate(sidecar), []);
});

test('container names are unique across init and regular containers', () => {
  const obj = pod(`  initContainers: [{name: app, image: busybox}]\n  containers: [{name: app, image: nginx}]`);
  assert.deepEqual(rendered(validateCreate(obj)), ['spec.initContainers[0].name: Duplicate value: "app"']);
});

test('requests may not exceed limits, printed in canonical form', () => {
  const obj = pod(`  containers:\n  - name: app\n    image: nginx\n    resources:\n      limits: {cpu: 500m, memory: 128Mi}\n      requests: {cpu: "1", memory: "0.25Gi"}`);
  assert.deepEqual(rendered(validateCreate(obj)), [
    'spec.containers[0].resources.requests: Invalid value: "1": must be less than or equal to cpu limit of 500m',
    'spec.containers[0].resources.requests: Invalid value: "256Mi": must be less than or equal to memory limit of 128Mi',
  ]);
});

test('unknown resource names are rejected twice, as Go does', () => {
  const obj = pod(`  containers:\n  - name: app\n    image: nginx\n    resources: {requests: {cpus: "1"}}`);
  assert.deepEqual(rendered(validateCreate(obj)), [
    'spec.containers[0].resources.requests[cpus]: Invalid value: "cpus": must be a standard resource type or fully qualified',
    'spec.containers[0].resources.requests[cpus]: Invalid value: "cpus": must be a standard resource for containers',
  ]);
});

test('ports, env and deadlines', () => {
  const obj = pod(
    `  activeDeadlineSeconds: 0\n  containers:\n  - name: app\n    image: nginx\n    ports: [{containerPort: 70000}]\n    env: [{name: "A=B", value: x}, {name: C}]`,
  );
  assert.deepEqual(rendered(validateCreate(obj)), [
    'spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
    `spec.containers[0].env[0].name: Invalid value: "A=B": a valid environment variable name must consist only of printable ASCII characters other than '='`,
    'spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive',
  ]);
});

test('tolerations, node selector and node affinity', () => {
  const obj = pod(
    `  containers: [{name: app, image: nginx}]\n  nodeSelector: {disk: "ssd!"}\n  tolerations: [{operator: Equal, value: x}]\n  affinity:\n    nodeAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        nodeSelectorTerms: []`,
  );
  assert.deepEqual(rendered(validateCreate(obj)), [
    `spec.nodeSelector: Invalid value: "ssd!": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`,
    'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms: Required value: must have at least one node selector term',
    'spec.tolerations[0].operator: Invalid value: "Equal": operator must be Exists when `key` is empty, which means "match all values and all keys"',
  ]);
});

test('a sleep hook must fit in the grace period', () => {
  const obj = pod(`  terminationGracePeriodSeconds: 5\n  containers:\n  - name: app\n    image: nginx\n    lifecycle: {preStop: {sleep: {seconds: 10}}}`);
  assert.deepEqual(rendered(validateCreate(obj)), [
    'spec.containers[0].lifecycle.preStop.sleep: Invalid value: 10: must be greater than 0 and less than terminationGracePeriodSeconds (5). Enable AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep.',
  ]);
});
