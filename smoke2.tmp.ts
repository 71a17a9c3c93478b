import { Cluster } from './src/cluster';
import { Kubectl, SandboxedFiles } from './src/kubectl';
const cluster = new Cluster({ nodes: 1, seed: 1 });
const files = new SandboxedFiles();
const run = (line: string, stdin?: string) => {
  const r = new Kubectl({ cluster, files, stdin }).run(line);
  console.log(`$ ${line}\n${r.stdout}${r.stderr ? 'ERR:' + r.stderr : ''}[exit ${r.exitCode}]`);
};
run('kubectl create configmap game --from-literal=lives=3 --from-literal=color=red');
run('kubectl apply -f -', `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: app
    image: busybox
    command: ["sh", "-c", "echo LIVES=$LIVES; cat /etc/config/color; cat /var/run/secrets/kubernetes.io/serviceaccount/namespace; echo; sleep 3600"]
    env:
    - name: LIVES
      valueFrom:
        configMapKeyRef: {name: game, key: lives}
    volumeMounts:
    - {name: config, mountPath: /etc/config}
  volumes:
  - name: config
    configMap: {name: game}
`);
cluster.advance(20000);
run('kubectl get pods');
run('kubectl logs web');
run('kubectl exec web -- cat /etc/config/lives');
run(`kubectl patch configmap game -p '{"data":{"color":"blue"}}'`); run('kubectl exec web -- cat /etc/config/color');
cluster.advance(90000);
run('kubectl exec web -- cat /etc/config/color');
run('kubectl exec web -- env');
run('kubectl get events');
