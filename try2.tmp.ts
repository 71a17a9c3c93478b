import { Cluster } from './src/cluster';
import { Kubectl, SandboxedFiles } from './src/kubectl';
const r = new Kubectl({ cluster: new Cluster({ nodes: 1 }), files: new SandboxedFiles('/tmp') }).run('kubectl get pods > ../out.txt');
console.log(JSON.stringify(r));
