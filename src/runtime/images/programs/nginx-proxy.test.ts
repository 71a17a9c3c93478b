import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { HttpRequest, HttpResult, NetworkStack } from '../../network-stack';
import { FakeContainer } from '../../testing';

/** A cluster network with the `hello` Service at 10.96.0.20, whose answer (or failure) the test picks. */
function helloNetwork(answer: HttpResult, records: Record<string, string> = { 'hello.default.svc.cluster.local': '10.96.0.20' }) {
  const sent: HttpRequest[] = [];
  const network: NetworkStack = {
    resolve: (name, searches) => {
      const found = [...searches.map((domain) => `${name}.${domain}`), name].find((candidate) => records[candidate]);
      return found ? { kind: 'ok', name: found, addresses: [records[found]!] } : { kind: 'nxdomain' };
    },
    httpRequest: (request) => {
      sent.push(request);
      return answer;
    },
    tcpConnect: () => true,
    icmpEcho: () => true,
  };
  return { network, sent };
}

const HELLO: HttpResult = { kind: 'ok', status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: '{"message":"Hello"}\n' };

test('hello-frontend proxies a request to the hello Service it resolved through the search path, as upstream `hello`', () => {
  const { network, sent } = helloNetwork(HELLO);
  const container = new FakeContainer({ image: 'gcr.io/google-samples/hello-frontend:1.0', network });
  const run = container.run(container.spawn(), { untilMs: 1_000 });
  assert.equal(run.finalState.state, 'blocked');
  const reply = container.listeners.handleHttp(80, { target: '/?q=1', headers: { Host: '172.18.255.200', 'User-Agent': 'curl/8.5.0' }, remoteAddress: '172.18.0.3' });
  assert.deepEqual(reply, { kind: 'ok', status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8', Server: 'nginx/1.9.14' }, body: '{"message":"Hello"}\n' });
  assert.deepEqual(sent, [{ method: 'GET', url: 'http://10.96.0.20:80/?q=1', headers: { 'User-Agent': 'curl/8.5.0', Host: 'hello', Connection: 'close' } }]);
  assert.equal(container.output.filter((line) => line.stream === 'stdout').map((line) => line.text).join(''), '172.18.0.3 - - [01/Jan/2025:00:00:01 +0000] "GET /?q=1 HTTP/1.1" 200 20 "-" "curl/8.5.0" "-"\n');
});

test('nginx stops at start-up with [emerg] and exit code 1 when an upstream host does not resolve', () => {
  const { network } = helloNetwork(HELLO, {});
  const container = new FakeContainer({ image: 'gcr.io/google-samples/hello-frontend:1.0', network });
  const run = container.run(container.spawn());
  assert.equal(run.exitCode, 1);
  const message = 'host not found in upstream "hello" in /etc/nginx/conf.d/frontend.conf:2';
  assert.equal(run.stderr, `2025/01/01 00:00:00 [emerg] 1#1: ${message}\nnginx: [emerg] ${message}\n`);
});

test('a refused upstream gives 502 Bad Gateway and an unanswered one 504 Gateway Time-out, with nginx error pages', () => {
  for (const [answer, title] of [[{ kind: 'refused' }, '502 Bad Gateway'], [{ kind: 'timeout' }, '504 Gateway Time-out']] as const) {
    const container = new FakeContainer({ image: 'gcr.io/google-samples/hello-frontend:1.0', network: helloNetwork(answer).network });
    container.run(container.spawn(), { untilMs: 1_000 });
    const reply = container.listeners.handleHttp(80, { target: '/' });
    assert.equal(reply.kind === 'ok' && reply.status, Number(title.slice(0, 3)));
    assert.match(reply.kind === 'ok' ? reply.body : '', new RegExp(`<title>${title}</title>[\\s\\S]*nginx/1.9.14`));
  }
});

test('the longest prefix location wins; a proxy_pass URI replaces the matched prefix; upstream servers take turns', () => {
  const { network, sent } = helloNetwork(HELLO, { 'a.default.svc.cluster.local': '10.96.0.21', 'b.default.svc.cluster.local': '10.96.0.22' });
  const container = new FakeContainer({ image: 'nginx:1.27.3', network });
  container.fs.writeFile(
    '/etc/nginx/conf.d/default.conf',
    'upstream api { # server c; is not one {\n  server a:8080;\n  server b:8080;\n}\nserver {\n  listen 80;\n  location / {\n    root /usr/share/nginx/html;\n  }\n  location /api/ {\n    proxy_pass http://api/v1/;\n  }\n}\n',
  );
  container.run(container.spawn(), { untilMs: 1_000 });
  const page = container.listeners.handleHttp(80, { target: '/' });
  assert.equal(page.kind === 'ok' && page.status, 200);
  assert.equal(sent.length, 0, 'the static location serves / itself');
  container.listeners.handleHttp(80, { target: '/api/users' });
  container.listeners.handleHttp(80, { target: '/api/users' });
  assert.deepEqual(sent.map((request) => [request.url, request.headers?.Host]), [['http://10.96.0.21:8080/v1/users', 'api'], ['http://10.96.0.22:8080/v1/users', 'api']]);
});
