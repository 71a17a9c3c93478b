import assert from 'node:assert/strict';
import test from 'node:test';
import { MemoryCgroup } from './memory-cgroup';

const MiB = 1024 * 1024;

test('a charge replaces what the process held before, and the group sums its processes', () => {
  const cgroup = new MemoryCgroup(200 * MiB);
  const stress = {};
  const exec = {};
  assert.equal(cgroup.charge(stress, 100 * MiB), false);
  assert.equal(cgroup.charge(stress, 150 * MiB), false);
  assert.equal(cgroup.usage, 150 * MiB);
  assert.equal(cgroup.charge(exec, 10 * MiB), false);
  assert.equal(cgroup.usage, 160 * MiB);
  cgroup.release(exec);
  assert.equal(cgroup.usage, 150 * MiB);
});

test('usage up to the limit is allowed; one byte past it calls for the OOM killer', () => {
  const cgroup = new MemoryCgroup(100 * MiB);
  const stress = {};
  assert.equal(cgroup.charge(stress, 100 * MiB), false, 'memory.current == memory.max fits');
  assert.equal(cgroup.charge(stress, 100 * MiB + 1), true);
});

test('without a limit no charge is too much', () => {
  const cgroup = new MemoryCgroup(undefined);
  assert.equal(cgroup.charge({}, 1024 * 1024 * MiB), false);
});

test('freeing memory (a charge of 0) brings the group back under its limit', () => {
  const cgroup = new MemoryCgroup(100 * MiB);
  const worker = {};
  cgroup.charge(worker, 80 * MiB);
  assert.equal(cgroup.charge(worker, 0), false);
  assert.equal(cgroup.usage, 0);
  assert.equal(cgroup.charge({}, 90 * MiB), false);
});
