/**
 * A stand-in for the kubelet in controller tests: every pod that is not being deleted becomes Running and
 * Ready `readyAfterMs` after it is seen (or at once). It is a Controller, so its writes go through the
 * runner like any other component's. Pods are never bound, so deleting one removes it at once.
 */
import { objectKey, type ObjectKey } from '../api';
import { toRFC3339 } from '../clock';
import type { Action, Controller } from '../controllers';

export function fakeKubelet(readyAfterMs = 0): Controller {
  const seen = new Map<ObjectKey, number>();
  return {
    name: 'fake-kubelet',
    watches: [{ kind: 'Pod', toKeys: (e) => (e.type === 'DELETED' ? [] : [objectKey('Pod', e.object.metadata.namespace, e.object.metadata.name)]) }],
    reconcile(key, { store, now }): Action[] {
      const pod = store.getByKey(key);
      if (!pod || pod.metadata.deletionTimestamp) return [];
      const status = pod.status as { phase?: string } | undefined;
      if (status?.phase === 'Running' || status?.phase === 'Succeeded' || status?.phase === 'Failed') return [];
      if (!seen.has(key)) seen.set(key, now);
      const readyAt = seen.get(key)! + readyAfterMs;
      if (readyAt > now) return [{ type: 'requeueAfter', key, ms: readyAt - now }];
      const at = toRFC3339(now);
      const conditions = ['Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map((type) => ({ type, status: 'True', lastProbeTime: null, lastTransitionTime: at }));
      return [{ type: 'patchStatus', object: { ...pod, metadata: { ...pod.metadata, resourceVersion: undefined }, status: { ...status, phase: 'Running', conditions, startTime: at } } }];
    },
  };
}
