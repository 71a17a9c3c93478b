import { Cluster } from './src/cluster';
import { Kubectl } from './src/kubectl';
const c = new Cluster({ nodes: 1, seed: 1 });
const k = (line: string, stdin?: string) => { const r = new Kubectl({ cluster: c, stdin } as any).run(line); console.log('$', line, `(exit ${r.exitCode})\n` + r.stdout + r.stderr); };
k('kubectl apply -f -', `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata: {name: ebs}
provisioner: ebs.csi.aws.com
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: disk}
spec:
  storageClassName: ebs
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: 1Gi}}
`);
k('kubectl describe pvc disk');
