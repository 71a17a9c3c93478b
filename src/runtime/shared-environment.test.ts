import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EnvironmentTemplate } from './shared-environment';

const env = (hostname: string, extra: Record<string, string> = {}): Record<string, string> => ({ PATH: '/usr/bin', HOSTNAME: hostname, NGINX_VERSION: '1.27.3', ...extra, HOME: '/root' });

test('replicas that differ only by HOSTNAME share one template, and get their own record back in order', () => {
  const first = EnvironmentTemplate.of(env('web-1'), 'web-1');
  const second = EnvironmentTemplate.of(env('web-2'), 'web-2');
  assert.ok(first !== undefined);
  assert.equal(second, first);
  const record = first.instantiate('web-2');
  assert.deepEqual(Object.entries(record), Object.entries(env('web-2')));
});

test('another value, another variable or another order is another template', () => {
  const base = EnvironmentTemplate.of(env('a'), 'a');
  assert.notEqual(EnvironmentTemplate.of(env('a', { A: '1' }), 'a'), base);
  assert.notEqual(EnvironmentTemplate.of({ ...env('a'), NGINX_VERSION: '1.26.0' }, 'a'), base);
  const reordered = { HOSTNAME: 'a', PATH: '/usr/bin', NGINX_VERSION: '1.27.3', HOME: '/root' };
  const other = EnvironmentTemplate.of(reordered, 'a');
  assert.notEqual(other, base);
  assert.deepEqual(Object.keys(other!.instantiate('b')), ['HOSTNAME', 'PATH', 'NGINX_VERSION', 'HOME']);
});

test('a HOSTNAME the container set itself is kept as given: no template', () => {
  assert.equal(EnvironmentTemplate.of(env('custom'), 'web-1'), undefined);
});
