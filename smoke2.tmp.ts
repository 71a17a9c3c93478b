import { Cluster } from './src/cluster';
import { Kubectl } from './src/kubectl';
const c = new Cluster({ nodes: 2, seed: 1 });
const k = (line: string, stdin?: string) => { const r = new Kubectl({ cluster: c, stdin } as any).run(line); console.log('$', line, '\n' + r.stdout + r.stderr); };
k('kubectl apply -f -', `apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: data}
spec:
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: 1Gi}}
`);
c.advance(31000);
k('kubectl get pvc');
k('kubectl describe pvc data');
k('kubectl apply -f -', `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers: [{name: web, image: nginx, volumeMounts: [{name: d, mountPath: /data}]}]
  volumes: [{name: d, persistentVolumeClaim: {claimName: data}}]
`);
c.advance(5000); console.log(c.timeline.tail(30).map((e: any) => JSON.stringify(e).slice(0,220)).join("\n"));
k('kubectl get pvc,pv');
k('kubectl describe pvc data');
k('kubectl get pv -o yaml');
k('kubectl delete pvc data --wait=false');
k('kubectl get pvc');
k('kubectl delete pod web --wait=false');
c.advance(40000);
k('kubectl get pvc,pv');
k('kubectl get events');
