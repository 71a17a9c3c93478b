import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Pod } from '../api/schemas';
import { podNames } from './pod-files';

const pod = (name: string, spec: Record<string, unknown>): Pod => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' }, spec: { containers: [], ...spec } }) as Pod;

test('hostname and subdomain make the FQDN (the docs busybox1 pod)', () => {
  assert.deepEqual(podNames(pod('busybox1', { hostname: 'busybox-1', subdomain: 'default-subdomain' })), { hostname: 'busybox-1', fqdn: 'busybox-1.default-subdomain.default.svc.cluster.local' });
  assert.deepEqual(podNames(pod('web', {})), { hostname: 'web', fqdn: undefined });
});

test('a hostNetwork pod has its node hostname, not its own name', () => {
  assert.deepEqual(podNames(pod('busybox', { hostNetwork: true, dnsPolicy: 'ClusterFirstWithHostNet', nodeName: 'node-1' })), { hostname: 'node-1', fqdn: undefined });
});
