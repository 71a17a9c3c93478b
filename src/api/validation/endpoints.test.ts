import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateCreate } from './index';
import { manifest, rendered } from './test-helpers';

test('the docs Endpoints for a selector-less Service are valid', () => {
  const ep = manifest(`apiVersion: v1\nkind: Endpoints\nmetadata: {name: my-service, namespace: default}\nsubsets:\n- addresses: [{ip: 192.0.2.42}]\n  ports: [{port: 9376}]`);
  assert.deepEqual(validateCreate(ep), []);
});

test('subsets need addresses; special and malformed IPs are rejected', () => {
  const ep = manifest(`apiVersion: v1\nkind: Endpoints\nmetadata: {name: s, namespace: default}\nsubsets:\n- ports: [{port: 80}]\n- addresses: [{ip: 127.0.0.1}, {ip: not-an-ip}]`);
  assert.deepEqual(rendered(validateCreate(ep)), [
    'subsets[0]: Required value: must specify `addresses` or `notReadyAddresses`',
    'subsets[1].addresses[0].ip: Invalid value: "127.0.0.1": may not be in the loopback range (127.0.0.0/8, ::1/128)',
    'subsets[1].addresses[1].ip: Invalid value: "not-an-ip": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
    'subsets[1].addresses[1].ip: Invalid value: "not-an-ip": must be a valid IP address',
  ]);
});
