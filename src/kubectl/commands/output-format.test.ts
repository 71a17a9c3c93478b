import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Cluster } from '../../cluster';
import { SandboxedFiles } from '../files';
import { Kubectl } from '../kubectl';

function kubectl() {
  const cluster = new Cluster({ nodes: 1 });
  const files = new SandboxedFiles();
  return { files, run: (line: string, stdin?: string) => new Kubectl({ cluster, files, stdin }).run(line) };
}

const PODS = ['web-0', 'web-1']
  .map((name) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  labels: {app: nginx}\nspec:\n  containers:\n  - name: nginx\n    image: registry.k8s.io/nginx-slim:0.21\n  - name: sidecar\n    image: busybox:1.36\n`)
  .join('---\n');
const SECRET = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: my-secret\ndata:\n  username: YWRtaW4=\n  password: czNjcjN0\n';
const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: my-nginx\nspec:\n  type: NodePort\n  selector: {app: nginx}\n  ports:\n  - port: 80\n    nodePort: 30080\n';

test("kubernetes.io's templates print what the pages show", () => {
  const k = kubectl();
  k.run('kubectl apply -f -', PODS + '---\n' + SECRET + '---\n' + SERVICE);
  // tutorials/kubernetes-basics/explore: the pod names, one a line.
  assert.equal(k.run(`kubectl get pods -o go-template --template '{{range .items}}{{.metadata.name}}{{"\\n"}}{{end}}'`).stdout, 'web-0\nweb-1\n');
  // tutorials/stateful-application/basic-stateful-set: every container image, and one pod's.
  assert.equal(
    k.run(`kubectl get pod -l app=nginx -o go-template --template '{{range $i, $e := .items}}{{range $j, $c := $e.spec.containers}}{{ $c.image }}{{"\\n"}}{{end}}{{end}}'`).stdout,
    'registry.k8s.io/nginx-slim:0.21\nbusybox:1.36\nregistry.k8s.io/nginx-slim:0.21\nbusybox:1.36\n',
  );
  assert.equal(k.run(`kubectl get pod web-1 --template '{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}'`).stdout, 'registry.k8s.io/nginx-slim:0.21busybox:1.36');
  // reference/kubectl/quick-reference: decoded secrets, keys in sorted order.
  assert.equal(
    k.run(`kubectl get secret my-secret -o go-template='{{range $k,$v := .data}}{{"### "}}{{$k}}{{"\\n"}}{{$v|base64decode}}{{"\\n\\n"}}{{end}}'`).stdout,
    '### password\ns3cr3t\n\n### username\nadmin\n\n',
  );
  // tutorials/services/connect-applications-service and the basics' NODE_PORT.
  assert.equal(k.run(`kubectl get svc my-nginx -o go-template='{{range .spec.ports}}{{if .nodePort}}{{.nodePort}}{{"\\n"}}{{end}}{{end}}'`).stdout, '30080\n');
  assert.equal(k.run(`kubectl get services/my-nginx -o go-template='{{(index .spec.ports 0).nodePort}}'`).stdout, '30080');
  // tasks/access-application-cluster/list-all-running-container-images.
  assert.equal(k.run('kubectl get pods --all-namespaces -o go-template --template="{{range .items}}{{range .spec.containers}}{{.image}} {{end}}{{end}}"').stdout, 'registry.k8s.io/nginx-slim:0.21 busybox:1.36 registry.k8s.io/nginx-slim:0.21 busybox:1.36 ');
});

test('-o template=, --template alone, and the -file formats read the template from a file', () => {
  const k = kubectl();
  k.run('kubectl apply -f -', SECRET);
  assert.equal(k.run("kubectl get secret my-secret -o template='{{.metadata.name}}'").stdout, 'my-secret');
  assert.equal(k.run("kubectl get secret my-secret --template='{{.kind}}'").stdout, 'Secret');
  k.files.write('name.tmpl', '{{.metadata.name}}\n');
  assert.equal(k.run('kubectl get secret my-secret -o go-template-file=name.tmpl').stdout, 'my-secret\n');
  assert.equal(k.run('kubectl get secret my-secret -o go-template-file --template=name.tmpl').stdout, 'my-secret\n');
  k.files.write('name.jsonpath', '{.metadata.name}');
  assert.equal(k.run('kubectl get secret my-secret -o jsonpath-file=name.jsonpath').stdout, 'my-secret');
  assert.equal(k.run("kubectl get secret my-secret -o jsonpath --template='{.kind}'").stdout, 'Secret');
  assert.equal(k.run('kubectl get secret my-secret -o go-template-file=missing.tmpl').stderr, 'error: error reading --template missing.tmpl, open missing.tmpl: no such file or directory\n');
  assert.equal(k.run('kubectl get secret my-secret -o go-template').stderr, 'error: template format specified but no template given\n');
  assert.match(k.run("kubectl get secret my-secret -o go-template=x --template='{{.kind}}'").stderr, /^error: unable to match a printer suitable for the output format "go-template=x"/);
});

test('a failing template keeps its output and debugging block on stdout and fails with kubectl\'s message', () => {
  const k = kubectl();
  k.run('kubectl apply -f -', SECRET);
  const result = k.run("kubectl get secret my-secret -o go-template='{{.metadata.name}} {{.data.username.x}}'");
  assert.equal(result.exitCode, 1);
  assert.ok(result.stdout.startsWith('my-secret Error executing template: template: output:1:26: executing "output" at <.data.username.x>: can\'t evaluate field x in type interface {}. Printing more information'));
  assert.equal(result.stderr, 'error: error executing template "{{.metadata.name}} {{.data.username.x}}": template: output:1:26: executing "output" at <.data.username.x>: can\'t evaluate field x in type interface {}\n');
  assert.equal(k.run("kubectl get secret my-secret -o go-template='{{.metadata.name'").stderr, 'error: error parsing template {{.metadata.name, template: output:1: unclosed action\n');
  assert.equal(k.run("kubectl get secret my-secret -o go-template='{{.nope}}' --allow-missing-template-keys=false").exitCode, 1);
  assert.equal(k.run("kubectl create deployment x --image=nginx --dry-run=client -o go-template='{{.spec.replicas}}'").stdout, '1');
});
