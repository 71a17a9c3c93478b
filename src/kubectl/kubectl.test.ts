import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Cluster } from '../cluster';
import { Kubectl } from './kubectl';
import { SandboxedFiles } from './files';

function kubectl(stdin?: string) {
  const cluster = new Cluster({ nodes: 1 });
  const files = new SandboxedFiles();
  return { cluster, files, run: (line: string, input = stdin) => new Kubectl({ cluster, files, stdin: input }).run(line) };
}

const CM = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: game\n  labels: {app: game}\ndata:\n  lives: "3"\n';

test('apply reports created, unchanged and configured', () => {
  const k = kubectl();
  assert.equal(k.run('kubectl apply -f -', CM).stdout, 'configmap/game created\n');
  assert.equal(k.run('kubectl apply -f -', CM).stdout, 'configmap/game unchanged\n');
  assert.equal(k.run('kubectl apply -f -', CM.replace('"3"', '"5"')).stdout, 'configmap/game configured\n');
});

test('global flags may come before the verb and -n scopes the request', () => {
  const k = kubectl();
  k.run('kubectl create namespace shop');
  k.run('kubectl -n shop apply -f -', CM);
  assert.equal(k.run('kubectl get cm game -n shop -o name').stdout, 'configmap/game\n');
  assert.match(k.run('kubectl get cm game').stderr, /Error from server \(NotFound\): configmaps "game" not found/);
});

test('label needs --overwrite to change a value and reports not labeled when nothing changes', () => {
  const k = kubectl();
  k.run('kubectl apply -f -', CM);
  const refused = k.run('kubectl label configmap game app=other');
  assert.equal(refused.exitCode, 1);
  assert.equal(refused.stderr, "error: 'app' already has a value (game), and --overwrite is false\n");
  assert.equal(k.run('kubectl label configmap game app=other --overwrite').stdout, 'configmap/game labeled\n');
  assert.equal(k.run('kubectl label configmap game app=other --overwrite').stdout, 'configmap/game not labeled\n');
  assert.equal(k.run('kubectl label configmap game app-').stdout, 'configmap/game unlabeled\n');
});

test('patch with the three patch types', () => {
  const k = kubectl();
  k.run('kubectl apply -f -', CM);
  assert.equal(k.run(`kubectl patch cm game -p '{"data":{"lives":"9"}}'`).stdout, 'configmap/game patched\n');
  assert.equal(k.run(`kubectl patch cm game --type merge -p '{"data":{"lives":"9"}}'`).stdout, 'configmap/game patched (no change)\n');
  assert.equal(k.run(`kubectl patch cm game --type json -p '[{"op":"add","path":"/data/level","value":"2"}]'`).stdout, 'configmap/game patched\n');
  assert.equal(k.run('kubectl get cm game -o jsonpath={.data.level}').stdout, '2');
});

test('a redirection writes stdout to a file that can be applied later', () => {
  const k = kubectl();
  k.run('kubectl create deployment web --image=nginx --dry-run=client -o yaml > web.yaml');
  assert.match(k.files.read('web.yaml'), /^apiVersion: apps\/v1\nkind: Deployment\n/);
  assert.equal(k.run('kubectl apply -f web.yaml').stdout, 'deployment.apps/web created\n');
});

test('unknown verbs, flags and resource types fail as kubectl does', () => {
  const k = kubectl();
  assert.equal(k.run('kubectl frobnicate').stderr, 'error: unknown command "frobnicate" for "kubectl"\n');
  assert.match(k.run('kubectl get pods --bogus').stderr, /^Error: unknown flag: --bogus\nSee 'kubectl get --help' for usage\./);
  assert.equal(k.run('kubectl get podz').stderr, 'error: the server doesn\'t have a resource type "podz"\n');
});

test('a flag error names the full command path, as cobra finds it (checked against kubectl v1.32)', () => {
  const k = kubectl();
  const hint = (line: string) => k.run(line).stderr.split('\n')[1];
  const cases: [line: string, path: string][] = [
    ['create token x --duration=abc', 'kubectl create token'],
    ['create -n ns token x --bogus', 'kubectl create token'],
    ['-n ns create token x --bogus', 'kubectl create token'],
    ['create --bogus token x', 'kubectl create'],
    ['create deploy x --bogus', 'kubectl create deployment'],
    ['create -R deployment x --bogus', 'kubectl create deployment'],
    ['create --dry-run client deployment x --bogus', 'kubectl create'],
    ['create svc nodeport x --bogus', 'kubectl create service nodeport'],
    ['create secret --from-literal a=b generic x --bogus', 'kubectl create secret generic'],
    ['create secret bogus --bogus', 'kubectl create secret'],
    ['top node --bogus', 'kubectl top node'],
    ['top po --bogus', 'kubectl top pod'],
    ['top --sort-by cpu pod --bogus', 'kubectl top pod'],
    ['top --containers pod x', 'kubectl top'],
    ['rollout status --bogus', 'kubectl rollout status'],
    ['rollout --timeout 1s undo --bogus', 'kubectl rollout undo'],
    ['rollout bogus --bogus', 'kubectl rollout'],
    ['set image --bogus', 'kubectl set image'],
    ['set --local image x --bogus', 'kubectl set'],
    ['set resources --bogus', 'kubectl set resources'],
    ['auth can-i --bogus', 'kubectl auth can-i'],
    ['auth whoami --bogus', 'kubectl auth whoami'],
    ['get pods --bogus', 'kubectl get'],
  ];
  for (const [line, path] of cases) assert.equal(hint(`kubectl ${line}`), `See '${path} --help' for usage.`, line);
});

test('create finds its subcommand past flags and their values', () => {
  const k = kubectl();
  assert.equal(k.run('kubectl create -n default deployment web --image=nginx').stdout, 'deployment.apps/web created\n');
  k.run('kubectl create serviceaccount robot');
  assert.match(k.run('kubectl create -n default token robot').stdout, /^ey/);
});

test('wait --for=delete returns once the object is gone, and times out otherwise', () => {
  const k = kubectl();
  k.run('kubectl apply -f -', CM);
  const timeout = k.run('kubectl wait --for=condition=Ready configmap/game --timeout=5s');
  assert.equal(timeout.stderr, 'error: timed out waiting for the condition on configmaps/game\n');
});
