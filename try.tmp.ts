import { Cluster, injectRandomFaults, describeFault, isReady } from './src/cluster';
import { SeededRandom, toRFC3339 } from './src/clock';
import { Kubectl, SandboxedFiles } from './src/kubectl';
const yaml = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 3
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      affinity: {podAntiAffinity: {requiredDuringSchedulingIgnoredDuringExecution: [{labelSelector: {matchLabels: {app: web}}, topologyKey: kubernetes.io/hostname}]}}
      containers: [{name: nginx, image: nginx, ports: [{containerPort: 80}], readinessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 2}}]
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec: {selector: {app: web}, ports: [{port: 80}]}
`;
for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) {
  const c = new Cluster({ nodes: 3, seed });
  const k = (line: string, stdin?: string) => new Kubectl({ cluster: c, files: new SandboxedFiles(), stdin }).run(line);
  k('kubectl apply -f -', yaml);
  c.advance(60_000);
  let min = 99;
  const t = Date.now();
  try {
  const faults = injectRandomFaults(c, 10 * 60_000, new SeededRandom(seed), { invariant: () => { const n = c.list('Pod').filter((p) => p.metadata.labels?.app === 'web' && isReady(p)).length; min = Math.min(min, n); return n < 2 ? `only ${n} ready` : undefined; } });
  console.log('seed', seed, 'faults', faults.length, 'min ready', min, Date.now() - t, 'ms');
  if (0) for (const f of faults) console.log('  ', toRFC3339(f.at), describeFault(f.fault).object, describeFault(f.fault).text);
  } catch (e) { console.log('seed', seed, (e as Error).message.slice(0, 1500)); console.log(k('kubectl get pods -o wide').stdout); }
}
