/**
 * The workloads the invariants-under-faults tests run: a rolling Deployment, a StatefulSet with claims, a
 * DaemonSet, a parallel Job, and a pod writing to a Retain volume on node-1. The writer names its node itself:
 * kubespec's scheduler does not yet filter nodes by a bound PV's nodeAffinity (VolumeBinding).
 */
export const RETAINED_FILE = '/mnt/keep/data.txt';

export const CHAOS_WORKLOADS = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 4
  strategy: {rollingUpdate: {maxSurge: 1, maxUnavailable: 1}}
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: nginx, image: "nginx:1.25", readinessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 2}}]
---
apiVersion: v1
kind: Service
metadata: {name: db}
spec: {clusterIP: None, selector: {app: db}, ports: [{port: 80}]}
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
      containers: [{name: db, image: nginx}]
  volumeClaimTemplates:
  - metadata: {name: data}
    spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      containers: [{name: agent, image: busybox, command: [sh, -c, "sleep 100000"]}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: crunch}
spec:
  completions: 8
  parallelism: 2
  backoffLimit: 20
  template:
    spec:
      restartPolicy: Never
      containers: [{name: crunch, image: busybox, command: [sh, -c, "sleep 40"]}]
---
apiVersion: v1
kind: PersistentVolume
metadata: {name: keep}
spec:
  storageClassName: manual
  persistentVolumeReclaimPolicy: Retain
  capacity: {storage: 1Gi}
  accessModes: [ReadWriteOnce]
  hostPath: {path: /mnt/keep}
  nodeAffinity:
    required:
      nodeSelectorTerms:
      - matchExpressions: [{key: kubernetes.io/hostname, operator: In, values: [node-1]}]
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: keep}
spec: {storageClassName: manual, accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
---
apiVersion: v1
kind: Pod
metadata: {name: writer}
spec:
  nodeSelector: {kubernetes.io/hostname: node-1}
  volumes: [{name: keep, persistentVolumeClaim: {claimName: keep}}]
  containers:
  - name: writer
    image: busybox
    command: [sh, -c, "echo kept >> /keep/data.txt; sleep 100000"]
    volumeMounts: [{name: keep, mountPath: /keep}]
`;
