import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ObjectStore, type StoredObject } from '../api';
import type { Pod } from '../api/schemas';
import { serviceEnvironment } from './service-env';

function service(namespace: string, name: string, clusterIP: string, port = 80): StoredObject {
  return { apiVersion: 'v1', kind: 'Service', metadata: { namespace, name }, spec: { clusterIP, ports: [{ name: 'http', port, protocol: 'TCP' }] } } as unknown as StoredObject;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** A store of Services: `list` hands what `services` holds now, as the ObjectStore does. */
function storeOf(services: StoredObject[]) {
  return { services, list: (kind: string) => (kind === 'Service' ? [...services] : []) };
}

const pod = (namespace: string, enableServiceLinks?: boolean): Pod => ({ metadata: { namespace, name: 'p' }, spec: { containers: [], ...(enableServiceLinks === undefined ? {} : { enableServiceLinks }) } }) as Pod;

test('the kubernetes Service always, the namespace Services with links on, sorted by name', () => {
  const store = storeOf([service('default', 'kubernetes', '10.96.0.1', 443), service('team', 'web', '10.96.0.20'), service('team', 'api-server', '10.96.0.10', 8080), service('other', 'db', '10.96.0.30')].map(deepFreeze));
  const env = serviceEnvironment(pod('team'), store);
  assert.deepEqual(Object.keys(env).filter((k) => k.endsWith('_SERVICE_HOST')), ['API_SERVER_SERVICE_HOST', 'KUBERNETES_SERVICE_HOST', 'WEB_SERVICE_HOST']);
  assert.equal(env.API_SERVER_PORT_8080_TCP, 'tcp://10.96.0.10:8080');
  assert.equal(env.WEB_SERVICE_PORT_HTTP, '80');
  assert.deepEqual(Object.keys(serviceEnvironment(pod('team', false), store)).filter((k) => k.endsWith('_SERVICE_HOST')), ['KUBERNETES_SERVICE_HOST']);
});

test('stored Services: one frozen environment per namespace until a Service is replaced', () => {
  const store = storeOf([service('default', 'kubernetes', '10.96.0.1', 443), service('team', 'web', '10.96.0.20')].map(deepFreeze));
  const first = serviceEnvironment(pod('team'), store);
  assert.equal(serviceEnvironment(pod('team'), store), first);
  assert.ok(Object.isFrozen(first));
  assert.notEqual(serviceEnvironment(pod('team', false), store), first);
  store.services[1] = deepFreeze(service('team', 'web', '10.96.0.99'));
  const after = serviceEnvironment(pod('team'), store);
  assert.equal(after.WEB_SERVICE_HOST, '10.96.0.99');
  store.services.push(deepFreeze(service('team', 'cache', '10.96.0.40')));
  assert.equal(serviceEnvironment(pod('team'), store).CACHE_SERVICE_HOST, '10.96.0.40');
});

test('Services that are not stored (plain objects) are read again on every call', () => {
  const web = service('team', 'web', '10.96.0.20');
  const store = storeOf([web]);
  assert.equal(serviceEnvironment(pod('team'), store).WEB_SERVICE_HOST, '10.96.0.20');
  (web.spec as { clusterIP: string }).clusterIP = '10.96.0.21';
  assert.equal(serviceEnvironment(pod('team'), store).WEB_SERVICE_HOST, '10.96.0.21');
});

test('an ObjectStore is listed again only after a Service write (created, replaced or removed)', () => {
  const store = new ObjectStore();
  let lists = 0;
  const list = store.list.bind(store);
  store.list = (kind: string, namespace?: string) => (kind === 'Service' && lists++, list(kind, namespace));
  store.put(service('default', 'kubernetes', '10.96.0.1', 443));
  store.put(service('team', 'web', '10.96.0.20'));
  const first = serviceEnvironment(pod('team'), store);
  assert.equal(serviceEnvironment(pod('team'), store), first);
  assert.equal(lists, 1);
  store.put(service('other', 'db', '10.96.0.30'));
  assert.equal(serviceEnvironment(pod('team'), store), first, 'another namespace\'s Service: listed again, same environment');
  assert.equal(lists, 2);
  store.put(service('team', 'web', '10.96.0.21'));
  assert.equal(serviceEnvironment(pod('team'), store).WEB_SERVICE_HOST, '10.96.0.21');
  store.remove('Service', 'team', 'web');
  assert.equal(serviceEnvironment(pod('team'), store).WEB_SERVICE_HOST, undefined);
  assert.equal(serviceEnvironment(pod('team', false), store).KUBERNETES_SERVICE_HOST, '10.96.0.1');
  assert.equal(lists, 5);
});
