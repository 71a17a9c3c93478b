import { Cluster } from './src/cluster';
import { Kubectl, SandboxedFiles } from './src/kubectl';
const cluster = new Cluster({ nodes: 3, seed: 5 });
const k = (line: string, stdin?: string) => new Kubectl({ cluster, files: new SandboxedFiles(), stdin }).run(line);
console.log(k('kubectl apply -f -', `apiVersion: v1
kind: PersistentVolume
metadata: {name: keep}
spec:
  storageClassName: manual
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
`).stdout);
cluster.advance(5000);
console.log(k('kubectl apply -f -', `apiVersion: v1
kind: Pod
metadata: {name: writer}
spec:
  volumes: [{name: keep, persistentVolumeClaim: {claimName: keep}}]
  containers:
  - name: writer
    image: busybox
    command: [sh, -c, "echo kept >> /keep/data.txt; sleep 100000"]
    volumeMounts: [{name: keep, mountPath: /keep}]
`).stdout);
cluster.advance(60000);
console.log(k('kubectl get pods,pvc -o wide').stdout);
console.log(k('kubectl describe pod writer').stdout.split('Events:')[1]);
