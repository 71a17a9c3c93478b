/**
 * Small kubectl sessions that between them touch every controller, the scheduler, storage, networking and
 * RBAC: the representative suite the determinism and parallel-safety tests replay. Each is what a user
 * would type, with clock advances between commands.
 */
import type { ScriptStep } from './scripted-run';

const MINUTE = 60_000;

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, labels: {app: web}}
spec:
  replicas: 4
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: nginx, image: "nginx:1.25", ports: [{containerPort: 80}]}]
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [{port: 80, targetPort: 80}]
`;

const statefulSet = `apiVersion: v1
kind: Service
metadata: {name: db}
spec: {clusterIP: None, selector: {app: db}, ports: [{port: 5432}]}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  replicas: 2
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers: [{name: pg, image: "postgres:16", ports: [{containerPort: 5432}]}]
  volumeClaimTemplates:
  - metadata: {name: data}
    spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
`;

const batch = `apiVersion: batch/v1
kind: Job
metadata: {name: crunch}
spec:
  completions: 4
  parallelism: 2
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox, command: [sh, -c, "sleep 5"]}]
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: tick}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers: [{name: c, image: busybox, command: [sh, -c, "echo tick"]}]
`;

const daemonSet = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      containers: [{name: a, image: busybox, command: [sh, -c, "sleep 3600"]}]
`;

const storage = `apiVersion: v1
kind: PersistentVolume
metadata: {name: pv-a}
spec: {capacity: {storage: 2Gi}, accessModes: [ReadWriteOnce], persistentVolumeReclaimPolicy: Retain, hostPath: {path: /data/a}}
---
apiVersion: v1
kind: PersistentVolume
metadata: {name: pv-b}
spec: {capacity: {storage: 2Gi}, accessModes: [ReadWriteOnce], persistentVolumeReclaimPolicy: Retain, hostPath: {path: /data/b}}
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: claim}
spec: {storageClassName: "", accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
`;

export const REPRESENTATIVE_SCRIPTS: Readonly<Record<string, readonly ScriptStep[]>> = {
  'deployment rollout and scale-down': [
    { run: 'kubectl apply -f -', stdin: deployment },
    { advanceMs: MINUTE },
    { run: 'kubectl get pods -o wide' },
    { run: 'kubectl set image deployment/web nginx=nginx:1.26' },
    { advanceMs: 5 * MINUTE },
    { run: 'kubectl scale deployment web --replicas=2' },
    { advanceMs: MINUTE },
    { run: 'kubectl get rs,pods,endpoints -o wide' },
    { run: 'kubectl rollout history deployment/web' },
    { run: 'kubectl describe deployment web' },
  ],
  'statefulset with claims': [
    { run: 'kubectl apply -f -', stdin: statefulSet },
    { advanceMs: 3 * MINUTE },
    { run: 'kubectl get statefulset,pods,pvc,pv -o wide' },
    { run: 'kubectl scale statefulset db --replicas=1' },
    { advanceMs: MINUTE },
    { run: 'kubectl get pods,pvc' },
  ],
  'jobs and cronjobs': [
    { run: 'kubectl apply -f -', stdin: batch },
    { advanceMs: 4 * MINUTE },
    { run: 'kubectl get jobs,pods' },
    { run: 'kubectl get events --sort-by=.metadata.name' },
  ],
  'daemonset, cordon and drain': [
    { run: 'kubectl apply -f -', stdin: daemonSet },
    { run: 'kubectl create deployment api --image=nginx --replicas=3' },
    { advanceMs: MINUTE },
    { run: 'kubectl cordon node-2' },
    { run: 'kubectl drain node-3 --ignore-daemonsets --delete-emptydir-data --timeout=120s' },
    { advanceMs: MINUTE },
    { run: 'kubectl get pods -o wide' },
    { run: 'kubectl get nodes' },
  ],
  'storage, config and rbac': [
    { run: 'kubectl apply -f -', stdin: storage },
    { advanceMs: 30_000 },
    { run: 'kubectl get pv,pvc' },
    { run: 'kubectl create configmap settings --from-literal=mode=fast' },
    { run: 'kubectl create secret generic creds --from-literal=password=s3cret' },
    { run: 'kubectl create role reader --verb=get,list --resource=pods' },
    { run: 'kubectl create rolebinding reader --role=reader --user=ann' },
    { run: 'kubectl auth can-i list pods --as=ann' },
    { run: 'kubectl expose deployment web --port=8080' },
    { run: 'kubectl get cm,secret,role,rolebinding,svc' },
  ],
};
