import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SeededRandom } from '../../clock';
import { NodePortAllocator } from './node-port-allocator';

test('NodePorts: range, duplicates and the static band', () => {
  const ports = new NodePortAllocator(30000, 2768, new SeededRandom(7));
  assert.deepEqual(ports.allocate(30080), { ok: true, port: 30080 });
  assert.deepEqual(ports.allocate(30080), { ok: false, error: 'provided port is already allocated' });
  assert.deepEqual(ports.allocate(40000), {
    ok: false,
    error: 'provided port is not in the valid range. The range of valid ports is 30000-32767',
  });
  for (let i = 0; i < 100; i++) {
    const next = ports.allocateNext();
    assert.ok(next.ok && next.port >= 30086 && next.port <= 32767);
  }
  ports.release(30080);
  assert.equal(ports.isAllocated(30080), false);
});
