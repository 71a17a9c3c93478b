/**
 * The working state of one Deployment sync. Kubernetes' controller writes as it goes (scale an RS, update
 * status, return); kubespec's reconcile is pure, so the sync mutates copies here and `actions()` turns them
 * into one create/update per object, the events in the order they happened, and one status patch.
 */
import { type StoredObject, type EventType } from '../../api';
import { KeyMemo } from '../../api';
import type { Deployment, DeploymentStatus } from '../../api/schemas';
import type { Action, StoreView } from '../controller';
import { jsonEqual } from '../../api';
import { isEmptyValue, omitEmpty } from '../omit-empty';
import { REVISION } from './annotations';
import type { WorkingReplicaSet } from './replica-sets';
import { statusPatch } from '../status-patch';
import { appended } from '../appended';

/** The Deployment's requeue key, remembered: one Deployment syncs once per pod. */
const DEPLOYMENT_KEYS = new KeyMemo('Deployment');
/** The status of a Deployment that has none yet. */
const NO_STATUS: DeploymentStatus = Object.freeze({});

export class DeploymentSync {
  /**
   * The Deployment's status as this sync has it so far (what `d.Status` is in the Go code): the stored one, read
   * only, until an edit through writableStatus or a new status from calculateStatus (most syncs edit nothing).
   */
  status: DeploymentStatus;
  /**
   * Set by a rolling sync that reached its cleanup step (it scaled nothing): whether the Deployment was complete
   * there, so cleanupDeployment ran. What status-write-follow-up.ts needs to know of the rollout's decisions.
   */
  completeAtCleanup: boolean | undefined = undefined;
  /** replicaSetGroups' answer once it found the new ReplicaSet (see there). */
  foundGroups: { readonly newRS: WorkingReplicaSet; readonly oldRSs: readonly WorkingReplicaSet[] } | undefined = undefined;
  private revision: string | undefined;
  // The lists are made on first use, one element long (see appended): most syncs (one per pod) create,
  // update and delete nothing, and requeue once.
  private creates: WorkingReplicaSet[] | undefined = undefined;
  /** Updated ReplicaSets, each once, in the order first marked. */
  private updated: WorkingReplicaSet[] | undefined = undefined;
  private deletes: WorkingReplicaSet[] | undefined = undefined;
  private events: Action[] | undefined = undefined;
  /** Adoptions and releases, written first. */
  private claims: readonly Action[] | undefined = undefined;
  /** requeueAfter actions, written last. */
  private requeues: Action[] | undefined = undefined;
  /** spec.replicas of each ReplicaSet this sync scaled, as it was before the first scale (see specReplicasAsRead). */
  private replicasAsRead: Map<WorkingReplicaSet, number> | undefined = undefined;

  constructor(
    readonly deployment: StoredObject<Deployment>,
    /** Mutable copies of the ReplicaSets the Deployment owns, plus those created in this sync. */
    readonly replicaSets: WorkingReplicaSet[],
    readonly store: StoreView,
    readonly now: number,
  ) {
    this.status = deployment.status ?? NO_STATUS;
    this.revision = deployment.metadata.annotations?.[REVISION];
  }

  /** `status` to edit in place, copied from the stored one on the first edit. */
  writableStatus(): DeploymentStatus {
    // A shallow copy: the sync replaces fields and the conditions list, never edits a stored condition in place.
    if (this.status === this.deployment.status || this.status === NO_STATUS) this.status = { ...this.status };
    return this.status;
  }

  event(reason: string, message: string, eventType: EventType = 'Normal'): void {
    this.events = appended(this.events, { type: 'event', object: this.deployment, eventType, reason, message });
  }

  markUpdated(rs: WorkingReplicaSet): void {
    if (this.creates?.includes(rs) || this.updated?.includes(rs)) return;
    this.updated = appended(this.updated, rs);
  }

  /** Called by scaleReplicaSet before it changes `rs.spec.replicas` from `before`. */
  scaling(rs: WorkingReplicaSet, before: number): void {
    const read = (this.replicasAsRead ??= new Map());
    if (!read.has(rs)) read.set(rs, before);
  }

  /**
   * Σ spec.replicas as the Go controller's status step counts it: the ReplicaSets as the sync read them (or
   * created them), not as it scaled them. Its callers of scaleReplicaSet drop the updated copy it returns
   * (rolling.go, recreate.go, sync.go's scale), so the status written with a scale step still counts the old
   * sizes in `unavailableReplicas`; the write that the scale's own watch event brings counts the new ones.
   */
  specReplicasAsRead(rss: readonly WorkingReplicaSet[]): number {
    let sum = 0;
    for (let i = 0; i < rss.length; i++) {
      const rs = rss[i]!;
      sum += this.replicasAsRead?.get(rs) ?? rs.spec?.replicas ?? 0;
    }
    return sum;
  }

  create(rs: WorkingReplicaSet): void {
    this.creates = appended(this.creates, rs);
    this.replicaSets.push(rs);
  }

  delete(rs: WorkingReplicaSet): void {
    this.deletes = appended(this.deletes, rs);
  }

  /** SetDeploymentRevision: the Deployment's revision annotation follows its new ReplicaSet's. */
  setRevision(revision: string | undefined): void {
    if (revision !== undefined) this.revision = revision;
  }

  requeueAfter(ms: number): void {
    this.requeues = appended(this.requeues, requeueAfter(this.deployment, ms));
  }

  /** Actions for claims (adopt/release) computed before the sync started. */
  prepend(actions: readonly Action[]): void {
    if (actions.length > 0) this.claims = this.claims ? [...actions, ...this.claims] : actions;
  }

  /** Claims, creates, updates, deletes, events, the revision annotation, the status, requeues: in one exact-size list. */
  actions(): Action[] {
    const d = this.deployment;
    const { claims, creates, updated, deletes, events, requeues } = this;
    const revisionUpdate = this.revision !== d.metadata.annotations?.[REVISION] && this.revision !== undefined ? withRevision(d, this.revision) : undefined;
    const statusWrite = writtenStatusEqual(this.status, d.status ?? {}) ? undefined : statusPatch(d, writtenStatus(this.status));
    let updates = 0;
    if (updated) for (let i = 0; i < updated.length; i++) if (!deletes?.includes(updated[i]!)) updates++;
    const count = (claims?.length ?? 0) + (creates?.length ?? 0) + updates + (deletes?.length ?? 0) + (events?.length ?? 0) + (revisionUpdate ? 1 : 0) + (statusWrite ? 1 : 0) + (requeues?.length ?? 0);
    const out = new Array<Action>(count);
    let n = 0;
    if (claims) for (let i = 0; i < claims.length; i++) out[n++] = claims[i]!;
    if (creates) for (let i = 0; i < creates.length; i++) out[n++] = { type: 'create', object: creates[i]!, owner: d };
    if (updated) for (let i = 0; i < updated.length; i++) if (!deletes?.includes(updated[i]!)) out[n++] = { type: 'update', object: updated[i]! };
    if (deletes) for (let i = 0; i < deletes.length; i++) out[n++] = { type: 'delete', object: deletes[i] as StoredObject };
    if (events) for (let i = 0; i < events.length; i++) out[n++] = events[i]!;
    if (revisionUpdate) out[n++] = { type: 'update', object: revisionUpdate };
    if (statusWrite) out[n++] = { type: 'patchStatus', object: statusWrite };
    if (requeues) for (let i = 0; i < requeues.length; i++) out[n++] = requeues[i]!;
    return out;
  }
}

function withRevision(d: StoredObject<Deployment>, revision: string): StoredObject<Deployment> {
  return { ...d, metadata: { ...d.metadata, annotations: { ...d.metadata.annotations, [REVISION]: revision } } };
}

/** enqueueAfter: the Deployment's key back in the queue in `ms`. */
export function requeueAfter(d: StoredObject<Deployment>, ms: number): Action {
  return { type: 'requeueAfter', key: DEPLOYMENT_KEYS.key(d.metadata.namespace, d.metadata.name), ms };
}

/** DeploymentStatus as the apiserver serializes it: int32 fields are `omitempty`. */
export function writtenStatus(status: DeploymentStatus): DeploymentStatus {
  // omitEmpty builds a new object.
  return omitEmpty(status) as DeploymentStatus;
}

/** Whether two statuses serialize alike (`writtenStatus` of each, compared as canonicalJson would), without building either. */
export function writtenStatusEqual(a: DeploymentStatus, b: DeploymentStatus): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let fields = 0;
  for (const key in x) {
    if (isEmptyValue(x[key])) continue;
    fields++;
    if (isEmptyValue(y[key]) || !jsonEqual(x[key], y[key])) return false;
  }
  for (const key in y) if (!isEmptyValue(y[key])) fields--;
  return fields === 0;
}
