/**
 * Issue 4's speed goals: a CronJob running every minute for 30 virtual days (43,200 runs) with the default
 * history limits, and a 1,000-replica Deployment rolled through 10 revisions. Reports virtual seconds per
 * wall second and peak RSS. Run: `npx ts-node bench/workloads.ts [days]`.
 */
import { performance } from 'node:perf_hooks';
import { Cluster } from '../src/cluster';
import { Kubectl, SandboxedFiles } from '../src/kubectl';

function kubectl(cluster: Cluster, line: string, stdin?: string): string {
  const result = new Kubectl({ cluster, files: new SandboxedFiles(), stdin }).run(line);
  if (result.exitCode !== 0) throw new Error(`${line}: ${result.stderr}`);
  return result.stdout;
}

function report(name: string, virtualMs: number, start: number, extra: string): void {
  const wall = (performance.now() - start) / 1000;
  const rss = Math.round(process.memoryUsage().rss / 1048576);
  console.log(`${name}: ${(virtualMs / 1000).toFixed(0)} virtual s in ${wall.toFixed(1)} wall s = ${(virtualMs / 1000 / wall).toFixed(0)} virtual s per wall s; rss ${rss} MB; ${extra}`);
}

function cronJobMonth(days: number): void {
  const cluster = new Cluster({ nodes: 1 });
  kubectl(cluster, 'kubectl apply -f -', `apiVersion: batch/v1
kind: CronJob
metadata: {name: tick}
spec:
  schedule: "*/1 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers: [{name: tick, image: busybox, command: ["sh", "-c", "echo tick"]}]
`);
  const start = performance.now();
  const virtualMs = days * 86_400_000;
  for (let day = 0; day < days; day++) cluster.advance(86_400_000);
  const jobs = cluster.list('Job', 'default').length;
  const events = cluster.clock.eventsRun;
  report(`CronJob every minute for ${days} days`, virtualMs, start, `jobs kept ${jobs}, clock events ${events}, store objects ${cluster.api.store.size}`);
}

function deploymentRollouts(replicas: number, revisions: number): void {
  const cluster = new Cluster({ nodes: 20 });
  kubectl(cluster, `kubectl create deployment web --image=nginx:1.0 --replicas=${replicas}`);
  const start = performance.now();
  const t0 = cluster.clock.now();
  kubectl(cluster, 'kubectl rollout status deployment/web');
  for (let i = 1; i <= revisions; i++) {
    kubectl(cluster, `kubectl set image deployment/web nginx=nginx:1.${i}`);
    kubectl(cluster, 'kubectl rollout status deployment/web');
  }
  report(`${replicas}-replica Deployment through ${revisions} revisions`, cluster.clock.now() - t0, start, `reconciles ${cluster.runner.reconciles}, pods ${cluster.list('Pod', 'default').length}`);
}

const days = Number(process.argv[2] ?? 30);
cronJobMonth(days);
deploymentRollouts(Number(process.argv[3] ?? 1000), 10);
