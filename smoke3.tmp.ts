import { Cluster } from './src/cluster';
import { Kubectl, SandboxedFiles } from './src/kubectl';
const cluster = new Cluster({ nodes: 1, seed: 1 });
const files = new SandboxedFiles();
const run = (line: string, user?: any) => { const r = new Kubectl({ cluster, files, user }).run(line); console.log(`$ ${line}\n${r.stdout}${r.stderr ? 'ERR:' + r.stderr : ''}[exit ${r.exitCode}]`); };
run('kubectl create ns dev'); run('kubectl run web --image=nginx -n dev');
run('kubectl delete pod web -n dev', { username: 'alice', groups: ['system:authenticated'] });
