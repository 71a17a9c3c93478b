import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fakeNetwork } from '../../fake-network';
import { FakeContainer } from '../../testing';
import { NSLOOKUP_TIMEOUT_MS } from './nslookup';

const records = { 'myservice.default.svc.cluster.local': '10.96.12.34', 'kubernetes.default.svc.cluster.local': '10.96.0.1' };

test('busybox 1.36 format: A answer, then an empty AAAA answer', () => {
  const run = new FakeContainer({ image: 'busybox:1.36', network: fakeNetwork({ records }) }).runScript('nslookup myservice.default.svc.cluster.local');
  assert.equal(run.stdout, 'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nName:\tmyservice.default.svc.cluster.local\nAddress: 10.96.12.34\n\n\n');
  assert.equal(run.exitCode, 0);
});

test('busybox 1.36: NXDOMAIN for both query types, exit 1', () => {
  const run = new FakeContainer({ image: 'busybox', network: fakeNetwork({ records }) }).runScript('nslookup nosuch.default.svc.cluster.local');
  const line = "** server can't find nosuch.default.svc.cluster.local: NXDOMAIN\n\n";
  assert.equal(run.stdout, `Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n${line}${line}`);
  assert.equal(run.exitCode, 1);
});

test('busybox 1.36 tries every search domain for a dotless name, and fails if any fails', () => {
  const run = new FakeContainer({ image: 'busybox', network: fakeNetwork({ records }) }).runScript('nslookup kubernetes');
  assert.match(run.stdout, /Name:\tkubernetes\.default\.svc\.cluster\.local\nAddress: 10\.96\.0\.1\n/);
  assert.match(run.stdout, /\*\* server can't find kubernetes\.svc\.cluster\.local: NXDOMAIN/);
  assert.equal(run.exitCode, 1);
});

test('busybox 1.28 format (the docs image), with reverse names', () => {
  const run = new FakeContainer({ image: 'busybox:1.28', network: fakeNetwork({ records }) }).runScript('nslookup kubernetes.default');
  assert.equal(run.stdout, 'Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\nName:      kubernetes.default\nAddress 1: 10.96.0.1 kubernetes.default.svc.cluster.local\n');
});

test('an unreachable DNS server costs the resolver timeout', () => {
  const run = new FakeContainer({ image: 'busybox', network: fakeNetwork({ records, dnsDown: true }) }).runScript('nslookup myservice');
  assert.equal(run.stdout, ';; connection timed out; no servers could be reached\n\n');
  assert.equal(run.exitCode, 1);
  assert.equal(run.elapsedMs, NSLOOKUP_TIMEOUT_MS + 2);
});

test('busybox 1.28 lists every address of a headless Service, each with its reverse name', () => {
  // The fake network's reverse lookup answers with the first name holding the address.
  const headless = { 'busybox-1.default-subdomain.default.svc.cluster.local': '10.244.0.2', 'busybox-2.default-subdomain.default.svc.cluster.local': '10.244.1.2', 'default-subdomain.default.svc.cluster.local': ['10.244.0.2', '10.244.1.2'] };
  const run = new FakeContainer({ image: 'busybox:1.28', network: fakeNetwork({ records: headless }) }).runScript('nslookup default-subdomain');
  assert.equal(run.stdout.split('\n\n')[1], 'Name:      default-subdomain\nAddress 1: 10.244.0.2 busybox-1.default-subdomain.default.svc.cluster.local\nAddress 2: 10.244.1.2 busybox-2.default-subdomain.default.svc.cluster.local\n');
});

const DNSUTILS = 'registry.k8s.io/e2e-test-images/jessie-dnsutils:1.3';

test('jessie-dnsutils (BIND 9.9): the search list finds kubernetes.default, printed by its full name', () => {
  const run = new FakeContainer({ image: DNSUTILS, network: fakeNetwork({ records }) }).runScript('nslookup kubernetes.default');
  assert.equal(run.stdout, 'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\nName:\tkubernetes.default.svc.cluster.local\nAddress: 10.96.0.1\n\n');
  assert.equal(run.exitCode, 0);
});

test('jessie-dnsutils: NXDOMAIN names the name as typed and exits 1; several addresses print one Name each', () => {
  const failed = new FakeContainer({ image: DNSUTILS, network: fakeNetwork({ records }) }).runScript('nslookup nosuch');
  assert.equal(failed.stdout, "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\n** server can't find nosuch: NXDOMAIN\n\n");
  assert.equal(failed.exitCode, 1);
  const headless = { 'db.default.svc.cluster.local': ['10.244.0.2', '10.244.1.2'] };
  const run = new FakeContainer({ image: DNSUTILS, network: fakeNetwork({ records: headless }) }).runScript('nslookup db');
  assert.equal(run.stdout.split('\n\n')[1], 'Name:\tdb.default.svc.cluster.local\nAddress: 10.244.0.2\nName:\tdb.default.svc.cluster.local\nAddress: 10.244.1.2');
});
