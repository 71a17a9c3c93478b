import { Cluster } from './src/cluster';
import { Kubectl } from './src/kubectl';
const c = new Cluster({ nodes: 1, seed: 1 });
const k = (line: string, stdin?: string) => { const r = new Kubectl({ cluster: c, stdin } as any).run(line); console.log('$', line, `(exit ${r.exitCode})\n` + r.stdout + r.stderr); };
k('kubectl apply -f -', `apiVersion: v1
kind: PersistentVolume
metadata: {name: task-pv}
spec:
  storageClassName: manual
  capacity: {storage: 10Gi}
  accessModes: [ReadWriteOnce]
  hostPath: {path: /mnt/data}
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: task-pvc}
spec:
  storageClassName: manual
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: 3Gi}}
`);
k(`kubectl patch pvc task-pvc -p '{"spec":{"resources":{"requests":{"storage":"20Gi"}}}}'`);
k(`kubectl patch pvc task-pvc -p '{"spec":{"resources":{"requests":{"storage":"1Gi"}}}}'`);
k('kubectl delete pvc task-pvc');
k(`kubectl patch pv task-pv -p '{"spec":{"claimRef":null}}'`);
k('kubectl get pv');
k('kubectl apply -f -', `apiVersion: v1
kind: PersistentVolume
metadata: {name: bad}
spec:
  hostPath: {path: /mnt/data}
`);
k('kubectl apply -f -', `apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: badq}
spec:
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: 1Gb}}
`);
k('kubectl delete sc standard');
k('kubectl get sc');
k('kubectl delete pod x --grace-period=0 --force');
