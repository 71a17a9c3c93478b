import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SeededRandom, VirtualClock } from '../../clock';
import { ApiError } from '../api-error';
import { ApiServer } from '../api-server';
import type { Pod } from '../schemas';
import { manifest } from './test-helpers';

/** Through the real pipeline (decode → defaults → validation), as `kubectl apply` reaches it. */
function create(yaml: string): string {
  const server = new ApiServer(new VirtualClock(), new SeededRandom(1));
  try {
    server.create(server.decode(manifest(yaml)));
    return 'created';
  } catch (error) {
    if (error instanceof ApiError) return error.message;
    throw error;
  }
}

test('docs manifests pass defaulting and validation unchanged', () => {
  const manifests = [
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: nginx, namespace: default}\nspec:\n  selector: {matchLabels: {app: nginx}}\n  template:\n    metadata: {labels: {app: nginx}}\n    spec: {containers: [{name: nginx, image: "nginx:1.14.2", ports: [{containerPort: 80}]}]}',
    'apiVersion: batch/v1\nkind: Job\nmetadata: {name: pi, namespace: default}\nspec:\n  template:\n    spec:\n      containers: [{name: pi, image: "perl:5.34.0", command: [perl, "-Mbignum=bpi", -wle, "print bpi(2000)"]}]\n      restartPolicy: Never',
    'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: hello, namespace: default}\nspec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers: [{name: hello, image: "busybox:1.28"}]\n          restartPolicy: OnFailure',
    'apiVersion: v1\nkind: Service\nmetadata: {name: my-service, namespace: default}\nspec:\n  type: NodePort\n  selector: {app: MyApp}\n  ports: [{port: 80, targetPort: 80, nodePort: 30007}]',
    'apiVersion: v1\nkind: Pod\nmetadata: {name: liveness-exec, namespace: default}\nspec:\n  containers:\n  - name: liveness\n    image: registry.k8s.io/busybox\n    args: [/bin/sh, -c, touch /tmp/healthy; sleep 30]\n    livenessProbe: {exec: {command: [cat, /tmp/healthy]}, initialDelaySeconds: 5, periodSeconds: 5}',
    'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: fluentd, namespace: kube-system}\nspec:\n  selector: {matchLabels: {name: fluentd}}\n  template:\n    metadata: {labels: {name: fluentd}}\n    spec: {containers: [{name: fluentd, image: "quay.io/fluentd_elasticsearch/fluentd:v2.5.2"}]}',
    'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: claim, namespace: default}\nspec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}',
  ];
  for (const yaml of manifests) assert.equal(create(yaml), 'created', yaml);
});

test('the common mistakes produce the apiserver message', () => {
  assert.equal(
    create('apiVersion: batch/v1\nkind: Job\nmetadata: {name: x, namespace: default}\nspec:\n  template:\n    spec: {containers: [{name: x, image: busybox}]}'),
    'Job "x" is invalid: spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"',
  );
  assert.equal(
    create('apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: default}\nspec:\n  replicas: -1\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec: {containers: [{name: web, image: nginx}]}'),
    'Deployment "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0',
  );
});

test('updates go through ValidateUpdate: a pod image may change, its ports may not', () => {
  const server = new ApiServer(new VirtualClock(), new SeededRandom(1));
  const created = server.create(
    server.decode(manifest('apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: default}\nspec: {containers: [{name: web, image: "nginx:1.26", ports: [{containerPort: 80}]}]}')),
  );
  // Edit the live object, as `kubectl apply` / `kubectl edit` do.
  const edit = (image: string, port: number): Pod => {
    const pod = structuredClone(server.get('Pod', 'default', 'web')) as Pod;
    pod.spec!.containers![0]!.image = image;
    pod.spec!.containers![0]!.ports = [{ containerPort: port, protocol: 'TCP' }];
    return pod;
  };
  assert.ok(created.metadata.uid);
  server.update(edit('nginx:1.27', 80));
  assert.throws(
    () => server.update(edit('nginx:1.27', 8080)),
    (error: unknown) => error instanceof ApiError && error.message.startsWith('Pod "web" is invalid: spec: Forbidden: pod updates may not change fields other than'),
  );
});
