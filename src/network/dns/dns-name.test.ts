import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dashedIP, parseClusterName } from './dns-name';

test('cluster names parse into the shapes the DNS specification names', () => {
  assert.deepEqual(parseClusterName('web.default.svc.cluster.local.'), { kind: 'service', service: 'web', namespace: 'default' });
  assert.deepEqual(parseClusterName('DB-0.DB.default.svc.cluster.local'), { kind: 'endpoint', hostname: 'db-0', service: 'db', namespace: 'default' });
  assert.deepEqual(parseClusterName('_http._tcp.web.shop.svc.cluster.local'), { kind: 'srv', port: 'http', protocol: 'TCP', service: 'web', namespace: 'shop' });
  assert.deepEqual(parseClusterName('10-244-1-5.default.pod.cluster.local'), { kind: 'pod', ip: '10.244.1.5', namespace: 'default' });
  assert.deepEqual(parseClusterName('10-244-1-500.default.pod.cluster.local'), { kind: 'other' });
  assert.deepEqual(parseClusterName('example.com'), { kind: 'other' });
  assert.deepEqual(parseClusterName('default.svc.cluster.local'), { kind: 'other' });
  assert.equal(dashedIP('10.244.0.7'), '10-244-0-7');
});
