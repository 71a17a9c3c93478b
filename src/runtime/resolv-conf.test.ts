import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseResolvConf, renderResolvConf } from './resolv-conf';

test('a ClusterFirst pod: search, nameserver, then ndots:5 (containerd writes search first)', () => {
  const conf = { nameservers: ['10.96.0.10'], searches: ['default.svc.cluster.local', 'svc.cluster.local', 'cluster.local'], ndots: 5 };
  assert.equal(renderResolvConf(conf), 'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n');
});

test('options a dnsConfig gave are written as given, and none at all writes no options line', () => {
  const custom = { nameservers: ['192.0.2.1'], searches: ['ns1.svc.cluster-domain.example', 'my.dns.search.suffix'], ndots: 2, options: ['ndots:2', 'edns0'] };
  assert.equal(renderResolvConf(custom), 'search ns1.svc.cluster-domain.example my.dns.search.suffix\nnameserver 192.0.2.1\noptions ndots:2 edns0\n');
  assert.equal(renderResolvConf({ nameservers: ['192.0.2.1'], searches: [], ndots: 1, options: [] }), 'nameserver 192.0.2.1\n');
  assert.equal(parseResolvConf('nameserver 192.0.2.1\noptions edns0 ndots:2\n').ndots, 2);
});
