import { Cluster } from './src/cluster';
import { Kubectl } from './src/kubectl';
const c = new Cluster({ nodes: 2 });
const run = (line: string, stdin?: string) => { const r = new Kubectl({ cluster: c, files: {} as any, stdin }).run(line); console.log(`$ ${line}\n${r.stdout}${r.stderr ? 'STDERR: ' + r.stderr : ''}[exit ${r.exitCode}]`); };
run('kubectl apply -f -', `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: nginx
          image: nginx:1.14
          ports:
            - containerPort: 80
`);
run('kubectl set image deployment/web nginx=nginx:1.16');
run('kubectl get rs');
