import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { podQOSClass, type QOSClass } from './pod-qos';
import { compareQuantities } from './validation/quantity';

type ResourceList = Record<string, string | number> | undefined;
interface ContainerLike {
  resources?: { requests?: ResourceList; limits?: ResourceList };
}

/** GetPodQOS as first written here: requests merged over limits by spreading, containers concatenated. */
function reference(spec: { containers?: ContainerLike[]; initContainers?: ContainerLike[] }): QOSClass {
  let anyResource = false;
  let guaranteed = true;
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
    const requests: Record<string, string | number | undefined> = { ...(c.resources?.limits ?? {}), ...(c.resources?.requests ?? {}) };
    const limits: Record<string, string | number | undefined> = c.resources?.limits ?? {};
    for (const name of ['cpu', 'memory']) {
      const request = requests[name];
      const limit = limits[name];
      if ((request !== undefined && compareQuantities(request, 0) !== 0) || limit !== undefined) anyResource = true;
      if (limit === undefined || request === undefined || compareQuantities(limit, request) !== 0) guaranteed = false;
    }
  }
  if (!anyResource) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

test('QoS classes of the usual shapes', () => {
  assert.equal(podQOSClass({ containers: [{}] }), 'BestEffort');
  assert.equal(podQOSClass({ containers: [{ resources: { requests: { cpu: '0' } } }] }), 'BestEffort');
  assert.equal(podQOSClass({ containers: [{ resources: { limits: { cpu: '1', memory: '1Gi' } } }] }), 'Guaranteed');
  assert.equal(podQOSClass({ containers: [{ resources: { limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '500m' } } }] }), 'Burstable');
  assert.equal(podQOSClass({ containers: [{ resources: { limits: { cpu: '1', memory: '1Gi' } } }], initContainers: [{}] }), 'Burstable');
  assert.equal(podQOSClass({ containers: [{ resources: { requests: { memory: '64Mi' } } }] }), 'Burstable');
});

test('property: the class is the one the spreading version computes', () => {
  const quantity = fc.constantFrom('0', '1', '1000m', '500m', '1Gi', '1024Mi', '64Mi', 2, 0);
  const list = fc.option(fc.dictionary(fc.constantFrom('cpu', 'memory', 'ephemeral-storage'), quantity, { maxKeys: 3 }), { nil: undefined });
  const container = fc.record({ resources: fc.option(fc.record({ requests: list, limits: list }, { requiredKeys: [] }), { nil: undefined }) }, { requiredKeys: [] });
  const containers = fc.option(fc.array(container, { maxLength: 3 }), { nil: undefined });
  fc.assert(
    fc.property(fc.record({ containers, initContainers: containers }, { requiredKeys: [] }), (spec) => {
      assert.equal(podQOSClass(spec), reference(spec));
    }),
    { numRuns: 1000 },
  );
});
