/**
 * Realistic leaf values for generated manifests, chosen by field name the way a person would fill them in:
 * DNS names for `name`, real images for `image`, ports for `*Port`, quantities for resources. A few odd
 * but legal values are mixed in, so generated manifests reach the validators' edge cases.
 */
import fc from 'fast-check';

export const dnsLabel = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('web', 'db', 'api', 'cache', 'worker') },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z]([-a-z0-9]{0,14}[a-z0-9])?$/) },
);

export const labelKey = fc.constantFrom('app', 'tier', 'role', 'app.kubernetes.io/name', 'example.com/team');
export const labelValue = fc.constantFrom('web', 'db', 'frontend', 'backend', 'v1', '');
export const labels = fc.dictionary(labelKey, labelValue, { maxKeys: 3 });

export const image = fc.constantFrom('nginx', 'nginx:1.25', 'busybox', 'busybox:1.36', 'alpine', 'redis:7', 'postgres:16', 'httpd:2.4', 'registry.example.com/team/app:v2');
export const port = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(80, 443, 8080, 5432, 6379) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 65535 }) });
export const quantity = fc.constantFrom('100m', '250m', '1', '2', '0.5', '64Mi', '128Mi', '1Gi', '10Gi', '1G');
export const smallCount = fc.integer({ min: 0, max: 5 });
export const rfc3339 = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 0, 1) }).map((ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z'));
export const script = fc.constantFrom(['sh', '-c', 'echo hello'], ['sh', '-c', 'sleep 3600'], ['sh', '-c', 'exit 1'], ['sleep', '10'], ['sh', '-c', 'while true; do date; sleep 5; done']);

/** Values for string fields whose name says what they hold; undefined when the name says nothing. */
const BY_FIELD: Readonly<Record<string, fc.Arbitrary<string>>> = {
  name: dnsLabel,
  serviceName: dnsLabel,
  claimName: dnsLabel,
  secretName: dnsLabel,
  serviceAccountName: fc.constantFrom('default', 'builder'),
  namespace: fc.constantFrom('default', 'default', 'kube-system', 'shop'),
  image,
  restartPolicy: fc.constantFrom('Always', 'OnFailure', 'Never'),
  imagePullPolicy: fc.constantFrom('Always', 'IfNotPresent', 'Never'),
  protocol: fc.constantFrom('TCP', 'UDP', 'SCTP'),
  operator: fc.constantFrom('In', 'NotIn', 'Exists', 'DoesNotExist', 'Equal'),
  effect: fc.constantFrom('NoSchedule', 'PreferNoSchedule', 'NoExecute'),
  key: labelKey,
  mountPath: fc.constantFrom('/data', '/etc/config', '/usr/share/nginx/html'),
  path: fc.constantFrom('/', '/healthz', '/data', 'config.yaml'),
  storageClassName: fc.constantFrom('standard', '', 'fast'),
  schedule: fc.constantFrom('*/5 * * * *', '@hourly', '0 0 * * *', 'not a schedule'),
  concurrencyPolicy: fc.constantFrom('Allow', 'Forbid', 'Replace'),
  podManagementPolicy: fc.constantFrom('OrderedReady', 'Parallel'),
  persistentVolumeReclaimPolicy: fc.constantFrom('Retain', 'Delete', 'Recycle'),
  volumeBindingMode: fc.constantFrom('Immediate', 'WaitForFirstConsumer'),
  completionMode: fc.constantFrom('NonIndexed', 'Indexed'),
  clusterIP: fc.constantFrom('None', '10.96.0.50', ''),
  externalTrafficPolicy: fc.constantFrom('Cluster', 'Local'),
  sessionAffinity: fc.constantFrom('None', 'ClientIP'),
  apiGroup: fc.constantFrom('', 'apps', 'rbac.authorization.k8s.io'),
};

/** `type` means different things in different places: the parent field says which. */
const TYPE_BY_PARENT: Readonly<Record<string, fc.Arbitrary<string>>> = {
  spec: fc.constantFrom('ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'),
  strategy: fc.constantFrom('RollingUpdate', 'Recreate'),
  updateStrategy: fc.constantFrom('RollingUpdate', 'OnDelete'),
  hostPath: fc.constantFrom('', 'Directory', 'DirectoryOrCreate'),
};

const anyString = fc.oneof({ weight: 5, arbitrary: fc.constantFrom('a', 'web', 'example', '80', 'true', '') }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });

export function stringFor(path: readonly string[]): fc.Arbitrary<string> {
  const field = path[path.length - 1] ?? '';
  if (field === 'type') return TYPE_BY_PARENT[path[path.length - 2] ?? ''] ?? anyString;
  if (field.endsWith('Name') && !BY_FIELD[field]) return dnsLabel;
  return BY_FIELD[field] ?? anyString;
}

export function integerFor(path: readonly string[], bits: 32 | 64): fc.Arbitrary<number> {
  const field = path[path.length - 1] ?? '';
  if (/port$/i.test(field)) return port;
  if (/^(replicas|parallelism|completions|backoffLimit|revisionHistoryLimit|minReadySeconds)$/.test(field)) return smallCount;
  if (/Seconds$/.test(field)) return fc.integer({ min: 0, max: 600 });
  return bits === 32 ? fc.integer({ min: -5, max: 100 }) : fc.integer({ min: -5, max: 1000 });
}
