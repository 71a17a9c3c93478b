/**
 * The garbage collector under random owner graphs and deletions (background, foreground, orphan): it never
 * deletes an object while one of its owners is alive (present and not being deleted), and once the cluster
 * settles no object is left whose owners are all gone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { KubeObject, OwnerReference, StoredObject } from '../../api';
import { garbageCollector } from '../../controllers';
import { ControllerHarness } from '../controller-harness';
import { fuzzParameters } from '../fuzz/fuzz-runs';

interface GraphSpec {
  /** For object i, indexes of earlier objects that own it (a DAG), or -1 for an owner that never existed. */
  owners: number[][];
  deletions: { index: number; policy: 'Background' | 'Foreground' | 'Orphan' }[];
}

const graph: fc.Arbitrary<GraphSpec> = fc.integer({ min: 2, max: 8 }).chain((n) =>
  fc.record({
    owners: fc.tuple(...Array.from({ length: n }, (_, i) => fc.uniqueArray(fc.integer({ min: -1, max: i - 1 }), { maxLength: Math.min(3, i + 1) }))),
    deletions: fc.array(fc.record({ index: fc.integer({ min: 0, max: n - 1 }), policy: fc.constantFrom('Background' as const, 'Foreground' as const, 'Orphan' as const) }), { minLength: 1, maxLength: 3 }),
  }),
);

function isAlive(harness: ControllerHarness, ref: OwnerReference): boolean {
  const owner = harness.get('ConfigMap', ref.name);
  return owner !== undefined && owner.metadata.uid === ref.uid && !owner.metadata.deletionTimestamp;
}

function build(harness: ControllerHarness, spec: GraphSpec): StoredObject[] {
  const objects: StoredObject[] = [];
  spec.owners.forEach((owners, i) => {
    const ownerReferences = owners.map((o) => (o < 0 ? { apiVersion: 'v1', kind: 'ConfigMap', name: 'ghost', uid: 'ghost-uid' } : { apiVersion: 'v1', kind: 'ConfigMap', name: objects[o]!.metadata.name, uid: objects[o]!.metadata.uid }));
    const object: KubeObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `cm-${i}`, ...(ownerReferences.length ? { ownerReferences } : {}) } };
    objects.push(harness.create(object));
  });
  return objects;
}

test('the garbage collector never deletes an object with a live owner, and leaves no orphans behind', () => {
  fc.assert(
    fc.property(graph, (spec) => {
      const harness = new ControllerHarness([garbageCollector]);
      const byTest = new Set<string>();
      const violations: string[] = [];
      harness.api.store.watch('ConfigMap', (event) => {
        if (event.type !== 'DELETED' || byTest.has(event.object.metadata.name)) return;
        const live = (event.object.metadata.ownerReferences ?? []).filter((ref) => isAlive(harness, ref));
        if (live.length) violations.push(`${event.object.metadata.name} deleted while its owner ${live[0]!.name} was alive`);
      });
      build(harness, spec);
      for (const { index, policy } of spec.deletions) {
        if (!harness.get('ConfigMap', `cm-${index}`)) continue;
        byTest.add(`cm-${index}`);
        harness.api.delete('ConfigMap', 'default', `cm-${index}`, { propagationPolicy: policy });
        harness.advance(1_000);
      }
      assert.deepEqual(violations, []);
      const garbage = harness.list('ConfigMap').filter((o) => (o.metadata.ownerReferences ?? []).length > 0 && !o.metadata.ownerReferences!.some((ref) => harness.get('ConfigMap', ref.name)?.metadata.uid === ref.uid));
      assert.deepEqual(garbage.map((o) => o.metadata.name), [], 'objects whose owners are all gone were left behind');
    }),
    fuzzParameters(150, process.env),
  );
});
