/**
 * The pod garbage collector (`pkg/controller/podgc/gc_controller.go`, v1.32), for the cases a simulation
 * meets: pods bound to a node that does not (or no longer) exist are force-deleted once the node has been
 * missing for the 40s quarantine, after being marked Failed with the DisruptionTarget condition `DeletionByPodGC`; pods
 * being deleted that were never scheduled are force-deleted at once.
 * Simplifications: the 20s gcCheckPeriod tick is folded into watch-driven reconciles, and the terminated-pod
 * threshold (12500) is not modelled — no scenario comes near it.
 */
import { objectKey, type ObjectKey, type StoredObject } from '../api';
import type { Pod, PodCondition } from '../api/schemas';
import { toRFC3339 } from '../clock';
import type { Action, Controller, ControllerContext } from './controller';

export const QUARANTINE_MS = 40_000;

export function createPodGarbageCollector(): Controller {
  /** When each missing node was first seen missing (the controller's nodeQueue). */
  const missingSince = new Map<string, number>();
  return {
    name: 'pod-garbage-collector',
    watches: [
      { kind: 'Node', toKeys: (e) => (e.type === 'DELETED' ? objectKey('Node', undefined, e.object.metadata.name) : undefined) },
      {
        kind: 'Pod',
        toKeys: (e, store) => {
          const pod = e.object as StoredObject<Pod>;
          if (e.type === 'DELETED') return undefined;
          const node = pod.spec?.nodeName;
          // A pod bound to a node that does not exist is an orphan as much as one whose node went away.
          if (node) return e.type === 'ADDED' && !store.get('Node', undefined, node) ? objectKey('Node', undefined, node) : undefined;
          return pod.metadata.deletionTimestamp ? objectKey('Pod', pod.metadata.namespace, pod.metadata.name) : undefined;
        },
      },
    ],
    reconcile(key, context) {
      if (key.startsWith('Pod/')) return gcUnscheduledTerminating(key, context);
      const name = key.split('/').at(-1) ?? '';
      return gcOrphaned(name, key, context, missingSince);
    },
  };
}

function gcOrphaned(node: string, key: ObjectKey, { store, now }: ControllerContext, missingSince: Map<string, number>): Action[] {
  if (store.get('Node', undefined, node)) {
    missingSince.delete(node);
    return [];
  }
  const since = missingSince.get(node) ?? now;
  missingSince.set(node, since);
  if (now < since + QUARANTINE_MS) return [{ type: 'requeueAfter', key, ms: since + QUARANTINE_MS - now }];
  missingSince.delete(node);
  return (store.podsOnNode(node) as StoredObject<Pod>[]).flatMap((pod) => [
    { type: 'patchStatus', object: markFailed(pod, now) } as Action,
    { type: 'delete', object: pod, gracePeriodSeconds: 0 } as Action,
  ]);
}

function gcUnscheduledTerminating(key: ObjectKey, { store }: ControllerContext): Action[] {
  const pod = store.getByKey(key) as StoredObject<Pod> | undefined;
  if (!pod || !pod.metadata.deletionTimestamp || pod.spec?.nodeName) return [];
  return [{ type: 'delete', object: pod, gracePeriodSeconds: 0 }];
}

/** The status PodGC writes before deleting: phase Failed unless terminal, and DisruptionTarget. */
function markFailed(pod: StoredObject<Pod>, now: number): StoredObject<Pod> {
  const status = pod.status ?? {};
  const terminal = status.phase === 'Succeeded' || status.phase === 'Failed';
  const condition: PodCondition = { type: 'DisruptionTarget', status: 'True', reason: 'DeletionByPodGC', message: 'PodGC: node no longer exists', lastTransitionTime: toRFC3339(now) };
  const conditions = [...(status.conditions ?? []).filter((c) => c.type !== 'DisruptionTarget'), condition];
  const { resourceVersion: _rv, ...metadata } = pod.metadata;
  return { ...pod, metadata, status: { ...status, phase: terminal ? status.phase : 'Failed', conditions } } as StoredObject<Pod>;
}
