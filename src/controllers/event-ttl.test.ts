import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ObjectStore, type KubeObject } from '../api';
import { VirtualClock } from '../clock';
import { EventTtl, LeaseManager } from './event-ttl';

const T0 = Date.UTC(2025, 0, 1);
const S = 1000;

test('a lease lasts TTL + 60s and is reused by writes in the next 60s, up to 1,000 keys', () => {
  const leases = new LeaseManager();
  const first = leases.getLease(T0, 3600);
  assert.equal(first.expiresAt, T0 + 3660 * S);
  assert.equal(leases.getLease(T0, 3600), first, 'the same instant reuses it');
  assert.equal(leases.getLease(T0 + 59 * S, 3600), first, 'still outlives the TTL of a write 59s later');
  const second = leases.getLease(T0 + 60 * S, 3600);
  assert.notEqual(second, first, 'at 60s it would not outlive the new write by its TTL: a new lease');
  assert.equal(second.expiresAt, T0 + 3720 * S);
  for (let i = 2; i <= 1000; i++) assert.equal(leases.getLease(T0 + 60 * S, 3600), second);
  assert.notEqual(leases.getLease(T0 + 60 * S, 3600), second, 'the 1,001st key gets a new lease');
});

function cluster() {
  const clock = new VirtualClock(T0);
  const store = new ObjectStore();
  new EventTtl(store, clock).install();
  const write = (name: string, count = 1) => store.put(event(name, count));
  const names = () => store.list('Event', 'default').map((e) => e.metadata.name);
  return { clock, store, write, names };
}

function event(name: string, count: number): KubeObject {
  return { apiVersion: 'v1', kind: 'Event', metadata: { name, namespace: 'default', uid: `uid-${name}` }, reason: 'Started', count };
}

test('an Event is deleted when its lease expires, 3,600–3,660s after its last write', () => {
  const { clock, write, names } = cluster();
  write('a');
  clock.advance(30 * S);
  write('b'); // same lease as a: both go at T0 + 3,660s
  clock.advance(3629 * S);
  assert.deepEqual(names(), ['a', 'b'], 'at T0 + 3,659s');
  clock.advance(1 * S);
  assert.deepEqual(names(), [], 'at T0 + 3,660s');
});

test('updating an Event (a count bump) moves it to a later lease; deleting it detaches it', () => {
  const { clock, store, write, names } = cluster();
  write('bumped');
  write('deleted');
  clock.advance(1800 * S);
  write('bumped', 2);
  store.remove('Event', 'default', 'deleted');
  write('deleted'); // recreated under the same name: a new write, a new lease
  clock.advance(1860 * S);
  assert.deepEqual(names(), ['bumped', 'deleted'], 'the first lease expired with no key left on it');
  clock.advance(1800 * S);
  assert.deepEqual(names(), [], '3,660s after the last writes');
  assert.equal(clock.pending().length, 0, 'one timer per lease, none left');
});

test('a lease deletes each of its Events once, in the order of their last writes', () => {
  const { clock, store, write, names } = cluster();
  write('a');
  write('b');
  write('a', 2); // same lease: a is now its last write
  const deleted: string[] = [];
  store.watch('Event', (e) => void (e.type === 'DELETED' && deleted.push(e.object.metadata.name)));
  clock.advance(3660 * S);
  assert.deepEqual(deleted, ['b', 'a']);
  assert.deepEqual(names(), []);
});

test('Events of several namespaces written in turn on one lease all expire, each in its own namespace', () => {
  const { clock, store } = cluster();
  const inNamespace = (namespace: string | undefined, name: string): KubeObject => ({ ...event(name, 1), metadata: { name, namespace, uid: `uid-${namespace}-${name}` } });
  const writes: [string | undefined, string][] = [['default', 'a'], ['kube-system', 'a'], ['kube-system', 'b'], ['default', 'b'], [undefined, 'c'], ['default', 'c']];
  for (const [namespace, name] of writes) store.put(inNamespace(namespace, name));
  store.put(inNamespace('kube-system', 'a')); // a later write of kube-system/a: its first entry no longer matches
  const deleted: string[] = [];
  store.watch('Event', (e) => void (e.type === 'DELETED' && deleted.push(`${e.object.metadata.namespace}/${e.object.metadata.name}`)));
  clock.advance(3660 * S);
  assert.deepEqual(deleted, ['default/a', 'kube-system/b', 'default/b', 'undefined/c', 'default/c', 'kube-system/a']);
  assert.equal(store.list('Event').length, 0);
});
