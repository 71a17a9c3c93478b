import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PodIPAM } from './pod-ipam';

test('pod IPs: host-local hands out .2 onwards, round robin, and reuses released ones after wrapping', () => {
  const ipam = new PodIPAM();
  assert.deepEqual(ipam.allocate('a', 'node-1', '10.244.0.0/24'), { ok: true, ip: '10.244.0.2' });
  assert.deepEqual(ipam.allocate('b', 'node-1', '10.244.0.0/24'), { ok: true, ip: '10.244.0.3' });
  assert.deepEqual(ipam.allocate('a', 'node-1', '10.244.0.0/24'), { ok: true, ip: '10.244.0.2' }, 'idempotent');
  assert.deepEqual(ipam.allocate('x', 'node-2', '10.244.1.0/24'), { ok: true, ip: '10.244.1.2' });
  ipam.release('a', 'node-1');
  assert.deepEqual(ipam.allocate('c', 'node-1', '10.244.0.0/24'), { ok: true, ip: '10.244.0.4' });
  assert.equal(ipam.ipOf('c'), '10.244.0.4');
  assert.equal(ipam.ipOf('a'), undefined);
});

test('pod IPs: a full node range fails like host-local, and frees up on release', () => {
  const ipam = new PodIPAM();
  for (let i = 0; i < 5; i++) assert.ok(ipam.allocate(`p${i}`, 'n', '10.244.0.0/29').ok);
  assert.deepEqual(ipam.allocate('late', 'n', '10.244.0.0/29'), {
    ok: false,
    error: 'failed to allocate for range 0: no IP addresses available in range set: 10.244.0.1-10.244.0.6',
  });
  ipam.release('p0', 'n');
  assert.deepEqual(ipam.allocate('late', 'n', '10.244.0.0/29'), { ok: true, ip: '10.244.0.2' });
});
