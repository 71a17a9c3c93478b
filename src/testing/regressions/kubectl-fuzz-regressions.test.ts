/**
 * Counterexamples the kubectl fuzzer found (src/testing/fuzz/kubectl-fuzz.test.ts), shrunk and kept: each
 * used to escape as an uncaught exception instead of kubectl's message and exit code 1. Expected texts were
 * checked against kubectl v1.32.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Cluster } from '../../cluster';
import { Kubectl, SandboxedFiles, parseManifests } from '../../kubectl';
import { kubectlStyleProblem } from '../fuzz/kubectl-session';

const cluster = new Cluster({ nodes: 1 });
const kubectl = new Kubectl({ cluster, files: new SandboxedFiles() });

function fails(line: string, stderr: string): void {
  const result = kubectl.run(line);
  assert.deepEqual({ exitCode: result.exitCode, stderr: result.stderr }, { exitCode: 1, stderr }, line);
}

test('a duration flag that is not a Go duration is pflag usage error', () => {
  for (const verb of ['delete pod web', 'wait --for=delete pod/web', 'drain node-1', 'rollout status deployment/web']) {
    const command = verb.split(' ')[0] === 'rollout' ? 'rollout status' : verb.split(' ')[0];
    // cobra names the whole command path: `kubectl rollout status`, as kubectl v1.32 prints it.
    fails(`kubectl ${verb} --timeout=soon`, `Error: invalid argument "soon" for "--timeout" flag: time: invalid duration "soon"\nSee 'kubectl ${command} --help' for usage.\n`);
  }
});

test('an integer flag that is not an integer is a pflag usage error', () => {
  fails('kubectl scale deployment/web --replicas=abc', `Error: invalid argument "abc" for "--replicas" flag: strconv.ParseInt: parsing "abc": invalid syntax\nSee 'kubectl scale --help' for usage.\n`);
  fails('kubectl get pods --bogus', "Error: unknown flag: --bogus\nSee 'kubectl get --help' for usage.\n");
});

test('an output format the printers cannot honour is an error, not a crash', () => {
  cluster.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg' }, data: {} });
  fails('kubectl get cm -o bogus', 'error: unable to match a printer suitable for the output format "bogus", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml\n');
  fails('kubectl get cm -o custom-columns=', 'error: custom-columns format specified but no custom columns given\n');
});

test('a document that is only an alias is a YAML error, not a crash', () => {
  assert.deepEqual(parseManifests('*&', 'STDIN'), [{ index: 0, error: "error: error parsing STDIN: error converting YAML to JSON: yaml: unknown anchor '&' referenced" }]);
});

test('a null label or annotation value is stored as Go decodes it, an empty string, instead of crashing validation', () => {
  const manifest = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: nulls\n  labels: {replica: null}\n  annotations: {note: null}\ndata: {a: b}\n';
  const dryRun = new Kubectl({ cluster, files: new SandboxedFiles(), stdin: manifest }).run('kubectl apply --dry-run=server -f -');
  assert.deepEqual(dryRun, { stdout: 'configmap/nulls created (server dry run)\n', stderr: '', exitCode: 0 });
  const apply = () => new Kubectl({ cluster, files: new SandboxedFiles(), stdin: manifest }).run('kubectl apply -f -').exitCode;
  const stored = () => cluster.get('ConfigMap', 'default', 'nulls');
  assert.equal(apply(), 0);
  assert.deepEqual([stored()?.metadata.labels, stored()?.metadata.annotations?.note], [{ replica: '' }, '']);
  // Re-applying sends a three-way patch in which `null` is a delete directive (strategicpatch diffMaps: the
  // live "" and the manifest's null differ in type), so kubectl removes the key rather than crashing.
  assert.equal(apply(), 0);
  assert.deepEqual(stored()?.metadata.labels, {});
});

test('describing a kind without a describer ends as kubectl ends, not with a crash', () => {
  for (const line of ['kubectl describe endpoints -n kube-system', 'kubectl describe endpoints kubernetes']) {
    assert.equal(kubectlStyleProblem(line, kubectl.run(line)), undefined, line);
  }
});
