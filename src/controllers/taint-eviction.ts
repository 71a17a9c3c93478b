/**
 * The taint-eviction controller (`pkg/controller/tainteviction/taint_eviction.go`, v1.32): a pod on a node
 * with NoExecute taints it does not tolerate is deleted at once; one that tolerates them all for a limited
 * time (`tolerationSeconds`, 300s for not-ready/unreachable by DefaultTolerationSeconds) is deleted when the
 * shortest of those runs out, counted from when the controller first saw the situation; a pod tolerating
 * them forever, or whose taints went away, has its eviction cancelled. Deletion adds the DisruptionTarget
 * condition first (addConditionAndDeletePod).
 *
 * Like Kubernetes' timed worker queue, the controller remembers each scheduled eviction (when it was
 * created and when it fires); the firing itself is a `requeueAfter`, so nothing polls.
 */
import { objectKey, type ObjectKey, type StoredObject } from '../api';
import type { Node, Pod, Taint, Toleration } from '../api/schemas';
import { matchingTolerations } from '../api/tolerations';
import { toRFC3339 } from '../clock';
import type { Action, Controller, ControllerContext } from './controller';

interface ScheduledEviction {
  readonly createdAt: number;
  readonly fireAt: number;
}

export class TaintEvictionController implements Controller {
  readonly name = 'taint-eviction-controller';
  private readonly scheduled = new Map<ObjectKey, ScheduledEviction>();

  readonly watches: Controller['watches'] = [
    {
      kind: 'Node',
      toKeys: (e, store) => {
        if (e.type !== 'MODIFIED' || sameNoExecute(e.oldObject as StoredObject<Node>, e.object as StoredObject<Node>)) return [];
        return store.podsOnNode(e.object.metadata.name).map(podKey);
      },
    },
    {
      kind: 'Pod',
      toKeys: (e, store) => {
        const before = e.oldObject as StoredObject<Pod> | undefined;
        const after = e.object as StoredObject<Pod>;
        if (e.type === 'MODIFIED' && before?.spec?.nodeName === after.spec?.nodeName && before?.spec?.tolerations === after.spec?.tolerations) return undefined;
        // A written pod is found under the store's own key string: no key built per bind.
        if (e.type !== 'DELETED') return after.spec?.nodeName ? (store.storedKey(after) ?? podKey(after)) : undefined;
        return podKey(after);
      },
    },
  ];

  reconcile(key: ObjectKey, context: ControllerContext): readonly Action[] {
    const pod = context.store.getByKey(key) as StoredObject<Pod> | undefined;
    const node = pod?.spec?.nodeName ? (context.store.get('Node', undefined, pod.spec.nodeName) as StoredObject<Node> | undefined) : undefined;
    if (!pod || !node || pod.metadata.deletionTimestamp) {
      this.scheduled.delete(key);
      return [];
    }
    const taints = (node.spec?.taints ?? []).filter((t) => t.effect === 'NoExecute');
    if (taints.length === 0) return this.cancel(key, pod);
    const { allTolerated, used } = matchingTolerations(taints, pod.spec?.tolerations);
    if (!allTolerated) return [...this.cancel(key, pod), ...this.evict(key, pod, context.now)];
    const minToleration = minTolerationSeconds(used);
    if (minToleration < 0) return this.cancel(key, pod);
    return this.scheduleEviction(key, pod, context.now, minToleration * 1000);
  }

  /** processPodOnNode: keep an earlier-created eviction; otherwise (re)schedule one from now. */
  private scheduleEviction(key: ObjectKey, pod: StoredObject<Pod>, now: number, tolerationMs: number): Action[] {
    let entry = this.scheduled.get(key);
    if (!entry || entry.createdAt >= now) this.scheduled.set(key, (entry = { createdAt: now, fireAt: now + tolerationMs }));
    if (entry.fireAt <= now) return this.evict(key, pod, now);
    return [{ type: 'requeueAfter', key, ms: entry.fireAt - now }];
  }

  private evict(key: ObjectKey, pod: StoredObject<Pod>, now: number): Action[] {
    this.scheduled.delete(key);
    const condition = { type: 'DisruptionTarget', status: 'True', lastProbeTime: null, lastTransitionTime: toRFC3339(now), reason: 'DeletionByTaintManager', message: 'Taint manager: deleting due to NoExecute taint' };
    const conditions = [...(pod.status?.conditions ?? []).filter((c) => c.type !== 'DisruptionTarget'), condition];
    return [
      { type: 'event', object: pod, eventType: 'Normal', reason: 'TaintManagerEviction', message: `Marking for deletion Pod ${pod.metadata.namespace}/${pod.metadata.name}` },
      { type: 'patchStatus', object: { ...pod, status: { ...pod.status, conditions } } },
      { type: 'delete', object: pod },
    ];
  }

  /** cancelWorkWithEvent: the event only when an eviction was really scheduled. */
  private cancel(key: ObjectKey, pod: StoredObject<Pod>): Action[] {
    if (!this.scheduled.delete(key)) return [];
    return [{ type: 'event', object: pod, eventType: 'Normal', reason: 'TaintManagerEviction', message: `Cancelling deletion of Pod ${pod.metadata.namespace}/${pod.metadata.name}` }];
  }
}

/** getMinTolerationTime: -1 means forever; a zero or negative value means now. */
export function minTolerationSeconds(tolerations: readonly Toleration[]): number {
  if (tolerations.length === 0) return 0;
  let min = Number.POSITIVE_INFINITY;
  for (const t of tolerations) {
    if (t.tolerationSeconds === undefined) continue;
    if (t.tolerationSeconds <= 0) return 0;
    min = Math.min(min, t.tolerationSeconds);
  }
  return min === Number.POSITIVE_INFINITY ? -1 : min;
}

function podKey(pod: StoredObject): ObjectKey {
  return objectKey('Pod', pod.metadata.namespace, pod.metadata.name);
}

function sameNoExecute(before: StoredObject<Node> | undefined, after: StoredObject<Node>): boolean {
  const noExecute = (n: StoredObject<Node> | undefined) => JSON.stringify((n?.spec?.taints ?? []).filter((t: Taint) => t.effect === 'NoExecute').map((t) => [t.key, t.value]));
  return noExecute(before) === noExecute(after);
}
