import { Cluster } from '/work/main/src/cluster';
import { Kubectl, SandboxedFiles } from '/work/main/src/kubectl';
const cluster = new Cluster({ nodes: 20 });
const k = (line: string) => new Kubectl({ cluster, files: new SandboxedFiles() }).run(line);
k('kubectl create deployment web --image=nginx:1.0 --replicas=300');
const t = Date.now();
k('kubectl rollout status deployment/web');
for (let i = 1; i <= 2; i++) { k(`kubectl set image deployment/web nginx=nginx:1.${i}`); k('kubectl rollout status deployment/web'); }
console.log('wall', Date.now() - t, 'reconciles', cluster.runner.reconciles, 'events', cluster.clock.eventsRun);
