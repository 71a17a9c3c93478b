import { garbageCollector } from './src/controllers';
import { ControllerHarness } from './src/testing/controller-harness';
const h = new ControllerHarness([garbageCollector]);
h.api.store.watch('ConfigMap', (e) => console.log(e.type, e.object.metadata.name, JSON.stringify(e.object.metadata.ownerReferences), e.object.metadata.finalizers, e.object.metadata.deletionTimestamp));
const a = h.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm-0' } });
h.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm-1', ownerReferences: [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'ghost', uid: 'ghost-uid' }, { apiVersion: 'v1', kind: 'ConfigMap', name: 'cm-0', uid: a.metadata.uid }] } });
h.api.delete('ConfigMap', 'default', 'cm-0', { propagationPolicy: 'Orphan' });
h.advance(1000);
console.log(h.list('ConfigMap').map((o) => o.metadata.name));
