/**
 * The smallest valid manifest of each kind, built from generated leaves: the base that schema-derived
 * fragments are merged into, so most generated manifests are valid or one mistake away from valid.
 */
import fc from 'fast-check';
import type { KubeObject } from '../../api';
import { dnsLabel, image, port, script, smallCount } from './leaf-values';

const app = fc.constantFrom('web', 'db', 'api');
const container = fc.record({ name: dnsLabel, image, command: fc.option(script, { nil: undefined }) }).map(({ command, ...c }) => (command ? { ...c, command } : c));

function podTemplate(label: string, restartPolicy?: string) {
  return container.map((c) => ({ metadata: { labels: { app: label } }, spec: { ...(restartPolicy ? { restartPolicy } : {}), containers: [c] } }));
}

function envelope(apiVersion: string, kind: string, name: string, rest: Record<string, unknown> = {}): KubeObject {
  return { apiVersion, kind, metadata: { name }, ...rest };
}

function workload(kind: string): fc.Arbitrary<KubeObject> {
  return fc.tuple(dnsLabel, app, smallCount).chain(([name, label, replicas]) =>
    podTemplate(label).map((template) => envelope('apps/v1', kind, name, { spec: { ...(kind === 'DaemonSet' ? {} : { replicas }), ...(kind === 'StatefulSet' ? { serviceName: name } : {}), selector: { matchLabels: { app: label } }, template } })),
  );
}

const claimSpec = { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } };

export const SKELETONS: Readonly<Record<string, fc.Arbitrary<KubeObject>>> = {
  Pod: fc.tuple(dnsLabel, container).map(([name, c]) => envelope('v1', 'Pod', name, { spec: { containers: [c] } })),
  Deployment: workload('Deployment'),
  ReplicaSet: workload('ReplicaSet'),
  StatefulSet: workload('StatefulSet'),
  DaemonSet: workload('DaemonSet'),
  Job: fc.tuple(dnsLabel, podTemplate('batch', 'Never')).map(([name, template]) => envelope('batch/v1', 'Job', name, { spec: { template: { spec: template.spec } } })),
  CronJob: fc.tuple(dnsLabel, podTemplate('batch', 'OnFailure')).map(([name, t]) => envelope('batch/v1', 'CronJob', name, { spec: { schedule: '*/1 * * * *', jobTemplate: { spec: { template: { spec: t.spec } } } } })),
  Service: fc.tuple(dnsLabel, app, port).map(([name, label, p]) => envelope('v1', 'Service', name, { spec: { selector: { app: label }, ports: [{ port: p }] } })),
  ConfigMap: dnsLabel.map((name) => envelope('v1', 'ConfigMap', name, { data: { 'app.conf': 'mode=fast\n' } })),
  Secret: dnsLabel.map((name) => envelope('v1', 'Secret', name, { stringData: { password: 's3cret' } })),
  PersistentVolumeClaim: dnsLabel.map((name) => envelope('v1', 'PersistentVolumeClaim', name, { spec: claimSpec })),
  PersistentVolume: dnsLabel.map((name) => envelope('v1', 'PersistentVolume', name, { spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], hostPath: { path: `/data/${name}` } } })),
  Namespace: fc.constantFrom('shop', 'team-a').map((name) => envelope('v1', 'Namespace', name)),
  ServiceAccount: dnsLabel.map((name) => envelope('v1', 'ServiceAccount', name)),
  Role: dnsLabel.map((name) => envelope('rbac.authorization.k8s.io/v1', 'Role', name, { rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] }] })),
  RoleBinding: dnsLabel.map((name) => envelope('rbac.authorization.k8s.io/v1', 'RoleBinding', name, { roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name }, subjects: [{ kind: 'User', name: 'ann', apiGroup: 'rbac.authorization.k8s.io' }] })),
  ReplicationController: fc.tuple(dnsLabel, app).chain(([name, label]) => podTemplate(label).map((template) => envelope('v1', 'ReplicationController', name, { spec: { replicas: 1, selector: { app: label }, template } }))),
};
