import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canUsePlain, sortKeysGoYaml } from './go-yaml-resolve';

test('strings that would read back as other types are not plain', () => {
  for (const s of ['', 'true', 'No', 'y', 'null', '~', '123', '-7', '+1', '0x1F', '0o17', '017', '08', '1.5', '.5', '1e3', '1_000', '2025-01-01', '2025-1-2 3:04:05', '1:30', '.inf']) {
    assert.equal(canUsePlain(s), false, s);
  }
  for (const s of ['nginx', '<<', 'yesno', '1.2.3', '2025-13-01', '12:60', '0x', 'on-call', '-', 'v1']) assert.equal(canUsePlain(s), true, s);
});

test('keys sort with digit runs compared as numbers and non-letters first', () => {
  // Order checked against kubectl (see the configmap-key-order golden case).
  const keys = ['b', 'a10', 'a9', 'A', '_x', '10', '9', 'a-b', 'ab', 'a.b', 'a09', 'a009', 'Z', '-x', '9a', '09'];
  const sorted = sortKeysGoYaml(keys.map((k): [string, number] => [k, 0])).map(([k]) => k);
  assert.deepEqual(sorted, ['-x', '_x', '9', '9a', '09', '10', 'A', 'Z', 'a-b', 'a.b', 'a9', 'a09', 'a009', 'a10', 'ab', 'b']);
});
