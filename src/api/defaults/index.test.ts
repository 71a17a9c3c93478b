import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import type { KubeObject } from '../object';
import { decodeStrict } from '../schemas';
import { applyDefaults, prepareForCreate } from './index';

function defaulted(yaml: string): KubeObject {
  return applyDefaults(decodeStrict(parse(yaml)));
}

const CONTAINER_DEFAULTS = {
  resources: {},
  terminationMessagePath: '/dev/termination-log',
  terminationMessagePolicy: 'File',
};

const TEMPLATE_SPEC_DEFAULTS = {
  dnsPolicy: 'ClusterFirst',
  restartPolicy: 'Always',
  schedulerName: 'default-scheduler',
  securityContext: {},
  terminationGracePeriodSeconds: 30,
};

test('a minimal nginx pod gets exactly the defaults a real apiserver adds (before ServiceAccount admission)', () => {
  const pod = prepareForCreate(
    defaulted('apiVersion: v1\nkind: Pod\nmetadata: {name: nginx}\nspec: {containers: [{name: nginx, image: nginx, ports: [{containerPort: 80}]}]}'),
  );
  assert.deepEqual(pod, {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'nginx' },
    spec: {
      containers: [
        { name: 'nginx', image: 'nginx', imagePullPolicy: 'Always', ports: [{ containerPort: 80, protocol: 'TCP' }], ...CONTAINER_DEFAULTS },
      ],
      ...TEMPLATE_SPEC_DEFAULTS,
      enableServiceLinks: true,
      preemptionPolicy: 'PreemptLowerPriority',
      priority: 0,
      tolerations: [
        { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
        { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      ],
    },
  });
});

test('create-only additions are not made by applyDefaults, which also runs on update', () => {
  const pod = defaulted('apiVersion: v1\nkind: Pod\nspec: {containers: []}');
  assert.equal((pod.spec as Record<string, unknown>).priority, undefined);
  const ns = defaulted('apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\nspec: {finalizers: []}');
  assert.deepEqual(ns.spec, { finalizers: [] });
  assert.deepEqual(prepareForCreate(ns).spec, { finalizers: ['kubernetes'] });
  const job = prepareForCreate(defaulted('apiVersion: batch/v1\nkind: Job\nmetadata: {name: pi, uid: u-1}\nspec: {}'));
  assert.deepEqual((job.spec as Record<string, unknown>).selector, { matchLabels: { 'batch.kubernetes.io/controller-uid': 'u-1' } });
});

test('applyDefaults is pure', () => {
  const pod = decodeStrict(parse('apiVersion: v1\nkind: Pod\nspec: {containers: [{name: a, image: a}]}'));
  const before = structuredClone(pod);
  const after = applyDefaults(pod);
  assert.deepEqual(pod, before);
  assert.notEqual(after, pod);
});

test('pod containers copy limits into missing requests; probes get their defaults', () => {
  const pod = defaulted(`
apiVersion: v1
kind: Pod
spec:
  containers:
  - name: a
    image: busybox:1.36
    resources: {limits: {cpu: 500m, memory: 128Mi}, requests: {cpu: 100m}}
    livenessProbe: {httpGet: {port: 8080}, periodSeconds: 0}
    readinessProbe: {grpc: {port: 9000}, failureThreshold: 5}
    env: [{name: NODE, valueFrom: {fieldRef: {fieldPath: spec.nodeName}}}]
  volumes: [{name: scratch}, {name: cfg, configMap: {name: cfg}}]
`);
  const spec = pod.spec as Record<string, any>;
  const container = spec.containers[0];
  assert.equal(container.imagePullPolicy, 'IfNotPresent');
  assert.deepEqual(container.resources.requests, { cpu: '100m', memory: '128Mi' });
  assert.deepEqual(container.livenessProbe, {
    httpGet: { port: 8080, path: '/', scheme: 'HTTP' },
    periodSeconds: 10,
    timeoutSeconds: 1,
    successThreshold: 1,
    failureThreshold: 3,
  });
  assert.deepEqual(container.readinessProbe.grpc, { port: 9000, service: '' });
  assert.equal(container.readinessProbe.failureThreshold, 5);
  assert.equal(container.env[0].valueFrom.fieldRef.apiVersion, 'v1');
  assert.deepEqual(spec.volumes, [
    { name: 'scratch', emptyDir: {} },
    { name: 'cfg', configMap: { name: 'cfg', defaultMode: 420 } },
  ]);
});

test('a Deployment gets its strategy and limits, and its template the PodSpec defaults but not the Pod ones', () => {
  const deployment = defaulted(`
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: nginx:1.27}]}
`);
  assert.deepEqual(deployment.spec, {
    replicas: 1,
    progressDeadlineSeconds: 600,
    revisionHistoryLimit: 10,
    selector: { matchLabels: { app: 'web' } },
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
    template: {
      metadata: { creationTimestamp: null, labels: { app: 'web' } },
      spec: { containers: [{ name: 'web', image: 'nginx:1.27', imagePullPolicy: 'IfNotPresent', ...CONTAINER_DEFAULTS }], ...TEMPLATE_SPEC_DEFAULTS },
    },
  });
});

test('a Recreate Deployment gets no rollingUpdate block', () => {
  const deployment = defaulted('apiVersion: apps/v1\nkind: Deployment\nspec: {strategy: {type: Recreate}}');
  assert.deepEqual((deployment.spec as Record<string, unknown>).strategy, { type: 'Recreate' });
});

test('DaemonSet, ReplicaSet and StatefulSet defaults', () => {
  const ds = defaulted('apiVersion: apps/v1\nkind: DaemonSet\nspec: {}').spec as Record<string, unknown>;
  assert.deepEqual(ds.updateStrategy, { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } });
  assert.equal(ds.revisionHistoryLimit, 10);
  assert.equal((defaulted('apiVersion: apps/v1\nkind: ReplicaSet\nspec: {}').spec as Record<string, unknown>).replicas, 1);
  const sts = defaulted('apiVersion: apps/v1\nkind: StatefulSet\nspec: {}').spec as Record<string, unknown>;
  assert.equal(sts.podManagementPolicy, 'OrderedReady');
  assert.deepEqual(sts.updateStrategy, { type: 'RollingUpdate', rollingUpdate: { partition: 0 } });
  assert.deepEqual(sts.persistentVolumeClaimRetentionPolicy, { whenDeleted: 'Retain', whenScaled: 'Retain' });
  assert.equal(sts.replicas, 1);
  // An explicit RollingUpdate type without a rollingUpdate block stays as written (SetDefaults_StatefulSet).
  const explicit = defaulted('apiVersion: apps/v1\nkind: StatefulSet\nspec: {updateStrategy: {type: RollingUpdate}}');
  assert.deepEqual((explicit.spec as Record<string, unknown>).updateStrategy, { type: 'RollingUpdate' });
});

test('StatefulSet claim templates are defaulted as whole PersistentVolumeClaims', () => {
  const sts = defaulted(
    'apiVersion: apps/v1\nkind: StatefulSet\nspec: {volumeClaimTemplates: [{metadata: {name: www}, spec: {accessModes: [ReadWriteOnce]}}]}',
  );
  assert.deepEqual((sts.spec as Record<string, unknown[]>).volumeClaimTemplates, [
    {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'www', creationTimestamp: null },
      spec: { accessModes: ['ReadWriteOnce'], volumeMode: 'Filesystem' },
      status: { phase: 'Pending' },
    },
  ]);
});

test('Job and CronJob defaults', () => {
  const job = defaulted('apiVersion: batch/v1\nkind: Job\nspec: {template: {metadata: {labels: {app: pi}}, spec: {restartPolicy: Never}}}');
  const spec = job.spec as Record<string, unknown>;
  assert.deepEqual(
    { ...spec, template: undefined },
    {
      backoffLimit: 6,
      completionMode: 'NonIndexed',
      completions: 1,
      manualSelector: false,
      parallelism: 1,
      podReplacementPolicy: 'TerminatingOrFailed',
      suspend: false,
      template: undefined,
    },
  );
  assert.deepEqual(job.metadata.labels, { app: 'pi' });
  const parallel = defaulted('apiVersion: batch/v1\nkind: Job\nspec: {parallelism: 3, podFailurePolicy: {rules: [{action: Ignore, onPodConditions: [{type: DisruptionTarget}]}]}}');
  const parallelSpec = parallel.spec as Record<string, any>;
  assert.equal(parallelSpec.completions, undefined);
  assert.equal(parallelSpec.podReplacementPolicy, 'Failed');
  assert.equal(parallelSpec.podFailurePolicy.rules[0].onPodConditions[0].status, 'True');
  const cronJob = defaulted('apiVersion: batch/v1\nkind: CronJob\nspec: {schedule: "* * * * *", jobTemplate: {spec: {}}}');
  const cronSpec = cronJob.spec as Record<string, any>;
  assert.equal(cronSpec.concurrencyPolicy, 'Allow');
  assert.equal(cronSpec.suspend, false);
  assert.equal(cronSpec.successfulJobsHistoryLimit, 3);
  assert.equal(cronSpec.failedJobsHistoryLimit, 1);
  assert.equal(cronSpec.jobTemplate.spec.backoffLimit, 6);
  assert.deepEqual(cronSpec.jobTemplate.metadata, { creationTimestamp: null });
});

test('Service defaults, including IP families', () => {
  const service = defaulted('apiVersion: v1\nkind: Service\nspec: {selector: {app: a}, ports: [{port: 80}, {port: 53, protocol: UDP, targetPort: dns}]}');
  assert.deepEqual(service.spec, {
    selector: { app: 'a' },
    ports: [
      { port: 80, protocol: 'TCP', targetPort: 80 },
      { port: 53, protocol: 'UDP', targetPort: 'dns' },
    ],
    sessionAffinity: 'None',
    type: 'ClusterIP',
    internalTrafficPolicy: 'Cluster',
    ipFamilyPolicy: 'SingleStack',
    ipFamilies: ['IPv4'],
  });
  assert.deepEqual(service.status, { loadBalancer: {} });
  const lb = defaulted('apiVersion: v1\nkind: Service\nspec: {type: LoadBalancer, sessionAffinity: ClientIP}').spec as Record<string, unknown>;
  assert.equal(lb.externalTrafficPolicy, 'Cluster');
  assert.equal(lb.allocateLoadBalancerNodePorts, true);
  assert.deepEqual(lb.sessionAffinityConfig, { clientIP: { timeoutSeconds: 10800 } });
  const headless = defaulted('apiVersion: v1\nkind: Service\nspec: {clusterIP: None}').spec as Record<string, unknown>;
  assert.equal(headless.ipFamilyPolicy, 'RequireDualStack');
  const external = defaulted('apiVersion: v1\nkind: Service\nspec: {type: ExternalName, externalName: example.com}').spec as Record<string, unknown>;
  assert.equal(external.ipFamilies, undefined);
  assert.equal(external.internalTrafficPolicy, undefined);
});

test('ReplicationController takes selector and labels from its template', () => {
  const rc = defaulted('apiVersion: v1\nkind: ReplicationController\nmetadata: {name: rc}\nspec: {template: {metadata: {labels: {app: x}}}}');
  assert.deepEqual(rc.metadata.labels, { app: 'x' });
  const spec = rc.spec as Record<string, unknown>;
  assert.deepEqual(spec.selector, { app: 'x' });
  assert.equal(spec.replicas, 1);
});

test('storage, config and namespace defaults', () => {
  const pv = defaulted('apiVersion: v1\nkind: PersistentVolume\nspec: {hostPath: {path: /data}}');
  assert.deepEqual(pv.spec, { hostPath: { path: '/data', type: '' }, persistentVolumeReclaimPolicy: 'Retain', volumeMode: 'Filesystem' });
  assert.deepEqual(pv.status, { phase: 'Pending' });
  const pvc = defaulted('apiVersion: v1\nkind: PersistentVolumeClaim\nspec: {}');
  assert.deepEqual([pvc.spec, pvc.status], [{ volumeMode: 'Filesystem' }, { phase: 'Pending' }]);
  assert.equal(defaulted('apiVersion: v1\nkind: Secret').type, 'Opaque');
  const sc = defaulted('apiVersion: storage.k8s.io/v1\nkind: StorageClass\nprovisioner: x');
  assert.equal(sc.reclaimPolicy, 'Delete');
  assert.equal(sc.volumeBindingMode, 'Immediate');
  const ns = prepareForCreate(defaulted('apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}'));
  assert.deepEqual(ns.metadata.labels, { 'kubernetes.io/metadata.name': 'shop' });
  assert.deepEqual([ns.spec, ns.status], [{ finalizers: ['kubernetes'] }, { phase: 'Active' }]);
});

test('RBAC bindings and EndpointSlice ports', () => {
  const binding = defaulted(`
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
roleRef: {kind: Role, name: r}
subjects: [{kind: User, name: alice}, {kind: ServiceAccount, name: sa, namespace: ns}]
`);
  assert.deepEqual(binding.roleRef, { kind: 'Role', name: 'r', apiGroup: 'rbac.authorization.k8s.io' });
  assert.deepEqual(binding.subjects, [
    { kind: 'User', name: 'alice', apiGroup: 'rbac.authorization.k8s.io' },
    { kind: 'ServiceAccount', name: 'sa', namespace: 'ns', apiGroup: '' },
  ]);
  const slice = defaulted('apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\naddressType: IPv4\nendpoints: []\nports: [{port: 80}]');
  assert.deepEqual(slice.ports, [{ port: 80, name: '', protocol: 'TCP' }]);
});

test('a role without rules reads back as rules: null (no omitempty; storage keeps [] as nil)', () => {
  const aggregated = defaulted('apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\naggregationRule: {clusterRoleSelectors: [{matchLabels: {a: b}}]}\nrules: []');
  assert.equal(aggregated.rules, null);
  assert.equal(defaulted('apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: r}').rules, null);
  const rules = [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }];
  assert.deepEqual(defaulted('apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nrules: [{apiGroups: [""], resources: [pods], verbs: [get]}]').rules, rules);
});

test('kinds without defaults come back equal', () => {
  const cm = decodeStrict(parse('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: b}'));
  assert.deepEqual(applyDefaults(cm), cm);
});
