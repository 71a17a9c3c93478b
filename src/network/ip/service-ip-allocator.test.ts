import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SeededRandom } from '../../clock';
import { Cidr } from './cidr';
import { ServiceIPAllocator } from './service-ip-allocator';

test('a CIDR knows its addresses', () => {
  const cidr = new Cidr('10.96.0.0/12');
  assert.equal(cidr.size, 1 << 20);
  assert.equal(cidr.at(10), '10.96.0.10');
  assert.ok(cidr.contains('10.111.255.255'));
  assert.ok(!cidr.contains('10.112.0.0'));
  assert.ok(!cidr.contains('not-an-ip'));
});

test('ClusterIPs: requested ones are honoured once, dynamic ones come from the upper band', () => {
  const ips = new ServiceIPAllocator('10.96.0.0/12', new SeededRandom(1));
  assert.deepEqual(ips.allocate('10.96.0.1'), { ok: true, ip: '10.96.0.1' });
  assert.deepEqual(ips.allocate('10.96.0.1'), { ok: false, error: 'provided IP is already allocated' });
  assert.deepEqual(ips.allocate('10.0.0.5'), {
    ok: false,
    error: 'the provided IP (10.0.0.5) is not in the valid range. The range of valid IPs is 10.96.0.0/12',
  });
  assert.equal(ips.allocate('10.96.0.0').ok, false, 'the network address is never handed out');
  assert.equal(ips.allocate('10.111.255.255').ok, false, 'nor the broadcast address');
  for (let i = 0; i < 50; i++) {
    const next = ips.allocateNext();
    assert.ok(next.ok && new Cidr('10.96.0.0/12').offsetOf(next.ip) > 256, `upper band: ${JSON.stringify(next)}`);
  }
});

test('ClusterIPs: a released IP can be requested again', () => {
  const ips = new ServiceIPAllocator('10.96.0.0/12', new SeededRandom(3));
  ips.allocate('10.96.0.5');
  ips.release('10.96.0.5');
  assert.equal(ips.allocate('10.96.0.5').ok, true);
  assert.equal(ips.allocatedCount, 1);
});

test('ClusterIPs: a tiny range falls back to the lower band and then is full', () => {
  const ips = new ServiceIPAllocator('10.0.0.0/29', new SeededRandom(1));
  const got = Array.from({ length: 6 }, () => ips.allocateNext());
  assert.ok(got.every((r) => r.ok));
  assert.deepEqual(ips.allocateNext(), { ok: false, error: 'range is full' });
});
