import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ListenerTable, type HttpServerRequest, type Listener } from './listeners';
import type { HttpResponse } from './network-stack';

const ok = (body: string) => () => ({ status: 200, headers: {}, body });

test('a port is bound once per protocol; a second bind is EADDRINUSE', () => {
  const table = new ListenerTable();
  const owner = {};
  assert.equal(table.listen({ port: 80, protocol: 'TCP', http: ok('a') }, owner), true);
  assert.equal(table.listen({ port: 80, protocol: 'TCP', http: ok('b') }, {}), false);
  assert.equal(table.listen({ port: 80, protocol: 'UDP' }, owner), true);
  assert.equal(table.isListening(80), true);
  assert.equal(table.isListening(80, 'UDP'), true);
  assert.equal(table.isListening(81), false);
  assert.deepEqual(table.handleHttp(80, { target: '/' }), { kind: 'ok', status: 200, headers: {}, body: 'a' });
});

test('closing keeps the other sockets, in binding order', () => {
  const table = new ListenerTable();
  table.listen({ port: 53, protocol: 'UDP' }, {});
  table.listen({ port: 53, protocol: 'TCP' }, {});
  table.listen({ port: 8080, protocol: 'TCP' }, {});
  table.close(53, 'UDP');
  assert.deepEqual(table.ports(), [{ port: 53, protocol: 'TCP' }, { port: 8080, protocol: 'TCP' }]);
  table.listen({ port: 53, protocol: 'UDP' }, {});
  // Re-bound last, as a Map's re-inserted entry: after the TCP socket of the same port.
  assert.deepEqual(table.ports(), [{ port: 53, protocol: 'TCP' }, { port: 53, protocol: 'UDP' }, { port: 8080, protocol: 'TCP' }]);
  table.close(53);
  table.close(8080);
  table.close(53, 'UDP');
  assert.deepEqual(table.ports(), []);
  assert.equal(table.listen({ port: 9, protocol: 'TCP' }, {}), true);
  assert.deepEqual(table.ports(), [{ port: 9, protocol: 'TCP' }]);
});

test('a process exit closes only the sockets it owns', () => {
  const table = new ListenerTable();
  const nginx = {};
  const sidecar = {};
  table.listen({ port: 80, protocol: 'TCP' }, nginx);
  table.listen({ port: 9000, protocol: 'TCP' }, sidecar);
  table.listen({ port: 443, protocol: 'TCP' }, nginx);
  table.closeOwnedBy({});
  assert.equal(table.ports().length, 3);
  table.closeOwnedBy(nginx);
  assert.deepEqual(table.ports(), [{ port: 9000, protocol: 'TCP' }]);
  table.closeOwnedBy(sidecar);
  assert.deepEqual(table.ports(), []);
  assert.deepEqual(table.handleHttp(80, { target: '/' }), { kind: 'refused' });
});

test('a listener without http resets; a handler may be a method of its listener', () => {
  class Site implements Listener {
    readonly protocol = 'TCP' as const;
    constructor(
      readonly port: number,
      private readonly body: string,
    ) {}
    http(request: HttpServerRequest): HttpResponse {
      return { status: 200, headers: {}, body: `${this.body} ${request.method} ${request.path} ${request.query.get('q')} ${request.remoteAddress}` };
    }
  }
  const table = new ListenerTable();
  table.listen({ port: 6379, protocol: 'TCP' }, {});
  table.listen(new Site(80, 'site'), {});
  assert.deepEqual(table.handleHttp(6379, { target: '/' }), { kind: 'reset' });
  assert.deepEqual(table.handleHttp(80, { target: '/a%20b?q=1' }), { kind: 'ok', status: 200, headers: {}, body: 'site GET /a b 1 127.0.0.1' });
});
