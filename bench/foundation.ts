/**
 * Issue 2's speed goals: a fresh default cluster costs under 1 ms; 10,000 objects are applied and listed in
 * well under a second; a ten-step scenario costs a few milliseconds. Run: `npx ts-node bench/foundation.ts`.
 */
import { Cluster } from '../src/cluster';
import { Kubectl, SandboxedFiles } from '../src/kubectl';
import { measure, printTable } from './measure';

const configMaps = (n: number) =>
  Array.from({ length: n }, (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\n  labels: {app: a${i % 10}}\ndata:\n  k: "${i}"\n`).join('---\n');

const fresh = measure('fresh 1-node cluster', 200, () => {
  new Cluster({ nodes: 1 });
});

const manifest = configMaps(10_000);
const bulk = measure('apply + list 10,000 ConfigMaps', 3, () => {
  const cluster = new Cluster({ nodes: 1 });
  const kubectl = new Kubectl({ cluster, files: new SandboxedFiles(), stdin: manifest });
  kubectl.run('kubectl apply -f -');
  const listed = kubectl.run('kubectl get configmaps -l app=a3 -o name').stdout.split('\n').length - 1;
  return { objects: cluster.list('ConfigMap').length, listedWithSelector: listed, storeObjects: cluster.api.store.size };
});

const scenario = measure('ten-step scenario', 50, () => {
  const cluster = new Cluster({ nodes: 3 });
  const files = new SandboxedFiles();
  const run = (line: string, stdin?: string) => new Kubectl({ cluster, files, stdin }).run(line);
  run('kubectl create namespace shop');
  run('kubectl apply -f -', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: game, namespace: shop}\ndata: {lives: "3"}\n');
  run('kubectl get configmaps -n shop');
  run('kubectl label configmap game -n shop tier=backend');
  run('kubectl get configmap game -n shop -o yaml');
  run('kubectl create deployment web --image=nginx --dry-run=client -o yaml');
  cluster.advance(60_000);
  run('kubectl get nodes');
  run('kubectl delete configmap game -n shop');
  run('kubectl delete namespace shop');
});

printTable([fresh, bulk, scenario]);
const perObjectUs = (bulk.medianMs * 1000) / 10_000;
console.log(`\nper ConfigMap applied and listed: ${perObjectUs.toFixed(1)} µs; fresh cluster / 1 ms budget: ${(fresh.medianMs / 1).toFixed(2)}`);
