import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FakeContainer } from '../testing';
import { resolveContainerConfig } from './container-config';
import { parseImageReference } from './image-reference';
import { lookupImage } from './lookup-image';

test('image references normalise like distribution/reference', () => {
  assert.deepEqual(parseImageReference('nginx'), { repository: 'docker.io/library/nginx', tag: 'latest', digest: undefined });
  assert.deepEqual(parseImageReference('docker.io/library/nginx:1.14.2'), { repository: 'docker.io/library/nginx', tag: '1.14.2', digest: undefined });
  assert.equal(parseImageReference('bitnami/nginx').repository, 'docker.io/bitnami/nginx');
  assert.deepEqual(parseImageReference('localhost:5000/app@sha256:abc'), { repository: 'localhost:5000/app', tag: undefined, digest: 'sha256:abc' });
});

test('catalog lookup accepts any tag, registry prefix or digest', () => {
  for (const reference of ['nginx', 'nginx:1.14.2', 'docker.io/library/nginx:latest', 'nginx@sha256:0123']) assert.equal(lookupImage(reference).name, 'nginx', reference);
  assert.equal(lookupImage('registry.k8s.io/busybox').name, 'busybox');
  assert.equal(lookupImage('busybox:1.28').version, '1.28');
  assert.equal(lookupImage('registry.k8s.io/e2e-test-images/agnhost:2.40').name, 'agnhost');
  assert.equal(lookupImage('registry.k8s.io/liveness').name, 'liveness');
  assert.equal(lookupImage('registry.k8s.io/goproxy:0.1').name, 'goproxy');
  assert.equal(lookupImage('bitnami/nginx').known, false);
  assert.equal(lookupImage('nginx').stopSignal, 'SIGQUIT');
});

test('command replaces ENTRYPOINT and drops CMD; args alone replace CMD', () => {
  const nginx = lookupImage('nginx:1.27');
  assert.deepEqual(resolveContainerConfig(nginx, {}, 'web').argv, ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;']);
  assert.deepEqual(resolveContainerConfig(nginx, { command: ['sh', '-c'], args: ['echo hi'] }, 'web').argv, ['sh', '-c', 'echo hi']);
  assert.deepEqual(resolveContainerConfig(nginx, { args: ['nginx-debug'] }, 'web').argv, ['/docker-entrypoint.sh', 'nginx-debug']);
  const env = resolveContainerConfig(nginx, { env: { A: '1' } }, 'web').env;
  assert.deepEqual(Object.keys(env), ['PATH', 'HOSTNAME', 'NGINX_VERSION', 'PKG_RELEASE', 'A', 'HOME']);
  assert.equal(env.NGINX_VERSION, '1.27');
});

test('nginx serves its welcome page on port 80 and 404 otherwise, logging like nginx', () => {
  const container = new FakeContainer({ image: 'nginx:1.27.3' });
  const run = container.run(container.spawn(), { untilMs: 1_000 });
  assert.equal(run.finalState.state, 'blocked');
  assert.match(run.stdout, /^\/docker-entrypoint\.sh: \/docker-entrypoint\.d\/ is not empty/);
  assert.equal(container.listeners.isListening(80), true);
  const page = container.listeners.handleHttp(80, { target: '/', headers: { 'User-Agent': 'kube-probe/1.32' }, remoteAddress: '10.244.0.1' });
  assert.equal(page.kind === 'ok' && page.status, 200);
  assert.equal(page.kind === 'ok' && Buffer.byteLength(page.body), 615);
  assert.match(page.kind === 'ok' ? page.body : '', /<title>Welcome to nginx!<\/title>/);
  const missing = container.listeners.handleHttp(80, { target: '/nope?x=1' });
  assert.equal(missing.kind === 'ok' && missing.status, 404);
  // $request in nginx's `main` log format is the request line as sent, query string included.
  assert.ok(container.output.some((line) => line.text.includes('"GET /nope?x=1 HTTP/1.1" 404 153')));
  assert.match(missing.kind === 'ok' ? missing.body : '', /<hr><center>nginx\/1\.27\.3<\/center>/);
  assert.ok(container.output.some((line) => line.text === '10.244.0.1 - - [01/Jan/2025:00:00:01 +0000] "GET / HTTP/1.1" 200 615 "-" "kube-probe/1.32" "-"\n'));
  assert.equal(container.listeners.handleHttp(8080, { target: '/' }).kind, 'refused');
});

test('nginx 1.14 ships the older 612-byte page; files written to the html dir are served', () => {
  const container = new FakeContainer({ image: 'nginx:1.14.2' });
  container.run(container.spawn(), { untilMs: 10 });
  const page = container.listeners.handleHttp(80, { target: '/' });
  assert.equal(page.kind === 'ok' && Buffer.byteLength(page.body), 612);
  container.fs.writeFile('/usr/share/nginx/html/hello.txt', 'hi');
  const hello = container.listeners.handleHttp(80, { target: '/hello.txt' });
  assert.equal(hello.kind === 'ok' && hello.body, 'hi');
});

test('httpd serves It works!', () => {
  const container = new FakeContainer({ image: 'httpd:2.4' });
  container.run(container.spawn(), { untilMs: 10 });
  const page = container.listeners.handleHttp(80, { target: '/' });
  assert.equal(page.kind === 'ok' && page.body, '<html><body><h1>It works!</h1></body></html>\n');
});

test('agnhost liveness serves /healthz 200 for 10 s, then 500', () => {
  const container = new FakeContainer({ image: 'registry.k8s.io/e2e-test-images/agnhost:2.40' });
  const process = container.spawn(['/agnhost', 'liveness']);
  container.run(process, { untilMs: 10_000 });
  const healthy = container.listeners.handleHttp(8080, { target: '/healthz' });
  assert.deepEqual(healthy.kind === 'ok' && [healthy.status, healthy.body], [200, 'ok']);
  container.run(process, { untilMs: 10_001 });
  const failing = container.listeners.handleHttp(8080, { target: '/healthz' });
  assert.deepEqual(failing.kind === 'ok' && [failing.status, failing.body], [500, 'error: 10.001']);
});

test('registry.k8s.io/liveness with args [/server] behaves the same', () => {
  const container = new FakeContainer({ image: 'registry.k8s.io/liveness' });
  const argv = resolveContainerConfig(container.image, { args: ['/server'] }, 'p').argv;
  container.run(container.spawn(argv), { untilMs: 11_000 });
  const result = container.listeners.handleHttp(8080, { target: '/healthz' });
  assert.equal(result.kind === 'ok' && result.status, 500);
});

test('agnhost netexec answers /hostname and /echo on --http-port', () => {
  const container = new FakeContainer({ image: 'registry.k8s.io/e2e-test-images/agnhost:2.40', hostname: 'netexec-0' });
  container.run(container.spawn(['/agnhost', 'netexec', '--http-port=8080']), { untilMs: 10 });
  const hostname = container.listeners.handleHttp(8080, { target: '/hostname' });
  assert.equal(hostname.kind === 'ok' && hostname.body, 'netexec-0');
  const echo = container.listeners.handleHttp(8080, { target: '/echo?msg=hello%20world' });
  assert.equal(echo.kind === 'ok' && echo.body, 'hello world');
});

test('agnhost serve-hostname exits 0 sixty seconds after SIGTERM', () => {
  const container = new FakeContainer({ image: 'registry.k8s.io/e2e-test-images/agnhost:2.40' });
  const run = container.run(container.spawn(['/agnhost', 'serve-hostname']), { signals: [{ atMs: 1_000, signal: 'SIGTERM' }] });
  assert.equal(run.exitCode, 0);
  assert.equal(run.elapsedMs, 61_000);
});

test('redis, mysql and postgres listen on their ports; the databases need a password', () => {
  const redis = new FakeContainer({ image: 'redis' });
  redis.run(redis.spawn(), { untilMs: 10 });
  assert.equal(redis.listeners.isListening(6379), true);
  assert.equal(redis.listeners.handleHttp(6379, { target: '/' }).kind, 'reset');
  const mysql = new FakeContainer({ image: 'mysql:8.0' });
  const failed = mysql.run(mysql.spawn());
  assert.equal(failed.exitCode, 1);
  assert.match(failed.stderr, /Database is uninitialized and password option is not specified/);
  const configured = new FakeContainer({ image: 'mysql:8.0', env: { MYSQL_ROOT_PASSWORD: 'secret' } });
  configured.run(configured.spawn(), { untilMs: 20_000 });
  assert.equal(configured.listeners.isListening(3306), true);
  const postgres = new FakeContainer({ image: 'postgres:16', env: { POSTGRES_PASSWORD: 'x' } });
  postgres.run(postgres.spawn(), { untilMs: 5_000 });
  assert.equal(postgres.listeners.isListening(5432), true);
});

test('unknown images run until stopped and listen on their declared ports', () => {
  const container = new FakeContainer({ image: 'example.com/team/app:v3', containerPorts: [{ containerPort: 8080 }] });
  const run = container.run(container.spawn(), { untilMs: 60_000 });
  assert.equal(run.finalState.state, 'blocked');
  assert.equal(container.listeners.isListening(8080), true);
  const other = new FakeContainer({ image: 'example.com/team/app:v3' });
  const stopped = other.run(other.spawn(['/app', '--serve']), { signals: [{ atMs: 1_000, signal: 'SIGTERM' }] });
  assert.equal(stopped.exitCode, 143);
});

test('a second server on the same pod port fails to bind', () => {
  const first = new FakeContainer({ image: 'nginx' });
  first.run(first.spawn(), { untilMs: 10 });
  const second = new FakeContainer({ image: 'nginx', listeners: first.listeners });
  const run = second.run(second.spawn(['nginx', '-g', 'daemon off;']));
  assert.equal(run.exitCode, 1);
  assert.match(run.stderr, /bind\(\) to 0\.0\.0\.0:80 failed \(98: Address in use\)/);
});

test('nginx-slim tags name their own releases: the nginx inside comes from the build history', () => {
  const tutorial = lookupImage('registry.k8s.io/nginx-slim:0.21');
  assert.deepEqual([tutorial.name, tutorial.version], ['nginx-slim', '1.13.3']);
  assert.equal(lookupImage('registry.k8s.io/nginx-slim:0.24').version, '1.13.5');
  // 0.26 was never released from that history: the nearest lower tag's nginx.
  assert.equal(lookupImage('registry.k8s.io/nginx-slim:0.26').version, '1.13.5');
  assert.equal(lookupImage('gcr.io/google_containers/nginx-slim:0.8').version, '1.11.9');
  assert.equal(lookupImage('k8s.gcr.io/nginx-slim').version, '1.13.6');
  const config = resolveContainerConfig(tutorial, {}, 'web-0');
  assert.deepEqual(config.argv, ['nginx', '-g', 'daemon off;']);
  assert.equal(config.env.NGINX_VERSION, undefined);
  assert.equal(tutorial.stopSignal, 'SIGTERM');
});

test('nginx-slim runs the stock nginx.conf: root html under its prefix, no notices, combined access log', () => {
  const container = new FakeContainer({ image: 'registry.k8s.io/nginx-slim:0.21', hostname: 'web-0' });
  const run = container.run(container.spawn(), { untilMs: 1_000 });
  assert.equal(run.finalState.state, 'blocked');
  assert.equal(container.output.length, 0);
  const page = container.listeners.handleHttp(80, { target: '/', headers: { 'User-Agent': 'curl/7.47.0' }, remoteAddress: '127.0.0.1' });
  assert.deepEqual(page.kind === 'ok' && [page.status, page.headers.Server, Buffer.byteLength(page.body)], [200, 'nginx/1.13.3', 612]);
  assert.deepEqual(container.output.map((line) => line.text), ['127.0.0.1 - - [01/Jan/2025:00:00:01 +0000] "GET / HTTP/1.1" 200 612 "-" "curl/7.47.0"\n']);
  const missing = container.listeners.handleHttp(80, { target: '/nope' });
  assert.match(missing.kind === 'ok' ? missing.body : '', /<hr><center>nginx\/1\.13\.3<\/center>/);
  const stopped = container.run(container.spawn(['nginx', '-s', 'stop']));
  assert.equal(stopped.exitCode, 0);
  assert.equal(container.run(container.spawn(['bash', '-c', 'nginx -v']), {}).stderr, 'nginx version: nginx/1.13.3\n');
});

test('nginx-slim with an empty volume on its html dir: 403 until a shell writes index.html', () => {
  const container = new FakeContainer({ image: 'registry.k8s.io/nginx-slim:0.21', hostname: 'web-1' });
  container.fs.removeTree('/usr/share/nginx/html');
  container.fs.mkdir('/usr/share/nginx/html');
  container.run(container.spawn(), { untilMs: 10 });
  const empty = container.listeners.handleHttp(80, { target: '/' });
  assert.equal(empty.kind === 'ok' && empty.status, 403);
  const write = container.run(container.spawn(['sh', '-c', 'echo "$(hostname)" > /usr/share/nginx/html/index.html']));
  assert.equal(write.exitCode, 0);
  const page = container.listeners.handleHttp(80, { target: '/' });
  assert.deepEqual(page.kind === 'ok' && [page.status, page.body], [200, 'web-1\n']);
});

test("nginx:stable is the stable line's release of 2025-01-01, not latest's mainline", () => {
  // The Service page's pod runs `image: nginx:stable`.
  assert.equal(lookupImage('nginx:stable').version, '1.26.2');
  assert.equal(lookupImage('nginx:stable-alpine').version, '1.26.2');
  assert.equal(lookupImage('nginx:mainline').version, '1.27.3');
  assert.equal(lookupImage('nginx').version, '1.27.3');
});

test('bash: the entrypoint hands options to bash and runs other commands itself; sh stays busybox ash', () => {
  const bash = new FakeContainer({ image: 'bash' });
  const viaOptions = bash.run(bash.spawn(['docker-entrypoint.sh', '-c', 'echo $0 $_BASH_VERSION']));
  assert.deepEqual([viaOptions.stdout, viaOptions.exitCode], ['bash 5.2.37\n', 0]);
  const greeting = bash.run(bash.spawn(['docker-entrypoint.sh', 'echo', 'Warm greetings to The Most Honorable Kubernetes']));
  assert.deepEqual([greeting.stdout, greeting.exitCode], ['Warm greetings to The Most Honorable Kubernetes\n', 0]);
  assert.equal(bash.run(bash.spawn(['sh', '-c', '[[ -e /etc/hostname ]] && echo ash'])).stdout, 'ash\n');
});
