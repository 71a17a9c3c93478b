import { readFileSync } from 'fs';
import { execFileSync } from 'child_process';
import { formatObjects } from './src/kubectl/printers/format-objects';
const obj = JSON.parse(readFileSync('/tmp/p2.json', 'utf8'));
const templates = ['{.metadata.name}', '{.spec.containers[*].name}', '{.metadata.creationTimestamp}', '{.spec.x} {.spec.y} {.spec.z}', '{.status.conditions[?(@.type=="Ready")].status}',
 '{range .spec.containers[*]}{.name}{"\\t"}{.image}{"\\n"}{end}', '{.spec.containers[0]}', '{.spec.nope}', '{.metadata.labels}', '{.spec.containers[-1:].name}', '{..image}', '{.status}',
 'text only', '{.metadata.labels.app}{"\\n"}', '{.spec.containers[*].ports[*].containerPort}', '{.spec.containers[0:2].image}', "{.metadata.labels['app']}", '{.spec.containers[*][\'name\',\'image\']}',
 '{range .status.conditions[*]}{.type}={.status};{end}', '{.status.conditions[?(@.status!="True")].type}', '{.spec.containers[?(@.ports)].name}', '{$.kind}', '{.metadata.labels.*}',
 '{range .spec.containers[*]}[{range .ports[*]}{.containerPort}{end}]{end}', '{.spec.containers[1:].name}', '{.spec.containers[::2].name}' ];
let bad = 0;
for (const t of templates) {
  for (const kind of ['jsonpath', 'jsonpath-as-json']) {
    let want: string;
    try { want = execFileSync('kubectl', ['label', '-f', '/tmp/p2.yaml', '--local', 'x=y', '--overwrite', '-o', `${kind}=${t}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }); } catch (e: any) { want = 'ERR'; }
    let got: string;
    try { got = formatObjects([obj], `${kind}=${t}`, { asList: false }); } catch (e: any) { got = 'ERR'; }
    if (got !== want) { bad++; console.log(kind, t, JSON.stringify(want), '!=', JSON.stringify(got)); }
  }
}
console.log('mismatches', bad);
