import { Cluster } from '/work/main/src/cluster';
import { Kubectl, SandboxedFiles } from '/work/main/src/kubectl';
const cluster = new Cluster({ nodes: 1 });
new Kubectl({ cluster, files: new SandboxedFiles(), stdin: `apiVersion: batch/v1
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
` }).run('kubectl apply -f -');
const t = Date.now();
for (let h = 0; h < 6; h++) cluster.advance(3_600_000);
console.log('wall', Date.now() - t, 'events', cluster.clock.eventsRun, 'store', cluster.api.store.size, 'reconciles', cluster.runner.reconciles);
const kinds = new Map<string, number>(); for (const k of ['Event','Pod','Job']) kinds.set(k, cluster.list(k).length); console.log(kinds);
