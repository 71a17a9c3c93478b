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

/** The Deployment's requeue key, remembered: one Deployment syncs once per pod. */
const DEPLOYMENT_KEYS = new KeyMemo('Deployment');

export class DeploymentSync {
  /** The Deployment's status as this sync has it so far (what `d.Status` is in the Go code). */
  status: DeploymentStatus;
  /**
   * Set by a rolling sync that reached its cleanup step (it scaled nothing): whether the Deployment was complete
   * there, so cleanupDeployment ran. What status-write-follow-up.ts needs to know of the rollout's decisions.
   */
  completeAtCleanup: boolean | undefined = undefined;
  /** replicaSetGroups' answer once it found the new ReplicaSet (see there). */
  foundGroups: { readonly newRS: WorkingReplicaSet; readonly oldRSs: readonly WorkingReplicaSet[] } | undefined = undefined;
  private revision: string | undefined;
  // The lists are made on first use: most syncs (one per pod) create, update and delete nothing.
  private creates: WorkingReplicaSet[] | undefined = undefined;
  /** Updated ReplicaSets, each once, in the order first marked. */
  private updated: WorkingReplicaSet[] | undefined = undefined;
  private deletes: WorkingReplicaSet[] | undefined = undefined;
  private events: Action[] | undefined = undefined;
  private extra: Action[] | undefined = undefined;

  constructor(
    readonly deployment: StoredObject<Deployment>,
    /** Mutable copies of the ReplicaSets the Deployment owns, plus those created in this sync. */
    readonly replicaSets: WorkingReplicaSet[],
    readonly store: StoreView,
    readonly now: number,
  ) {
    // A shallow copy: the sync replaces fields and the conditions list, never edits a stored condition in place.
    this.status = { ...deployment.status };
    this.revision = deployment.metadata.annotations?.[REVISION];
  }

  event(reason: string, message: string, eventType: EventType = 'Normal'): void {
    (this.events ??= []).push({ type: 'event', object: this.deployment, eventType, reason, message });
  }

  markUpdated(rs: WorkingReplicaSet): void {
    if (this.creates?.includes(rs) || this.updated?.includes(rs)) return;
    (this.updated ??= []).push(rs);
  }

  create(rs: WorkingReplicaSet): void {
    (this.creates ??= []).push(rs);
    this.replicaSets.push(rs);
  }

  delete(rs: WorkingReplicaSet): void {
    (this.deletes ??= []).push(rs);
  }

  /** SetDeploymentRevision: the Deployment's revision annotation follows its new ReplicaSet's. */
  setRevision(revision: string | undefined): void {
    if (revision !== undefined) this.revision = revision;
  }

  requeueAfter(ms: number): void {
    (this.extra ??= []).push({ type: 'requeueAfter', key: DEPLOYMENT_KEYS.key(this.deployment.metadata.namespace, this.deployment.metadata.name), ms });
  }

  /** Actions for claims (adopt/release) computed before the sync started. */
  prepend(actions: readonly Action[]): void {
    if (actions.length > 0) (this.extra ??= []).unshift(...actions);
  }

  actions(): Action[] {
    const d = this.deployment;
    const out: Action[] = [];
    const { extra, creates, updated, deletes, events } = this;
    if (extra) for (const action of extra) if (action.type !== 'requeueAfter') out.push(action);
    if (creates) for (const rs of creates) out.push({ type: 'create', object: rs, owner: d });
    if (updated) for (const rs of updated) if (!deletes?.includes(rs)) out.push({ type: 'update', object: rs });
    if (deletes) for (const rs of deletes) out.push({ type: 'delete', object: rs as StoredObject });
    if (events) for (const event of events) out.push(event);
    if (this.revision !== d.metadata.annotations?.[REVISION] && this.revision !== undefined) {
      out.push({ type: 'update', object: { ...d, metadata: { ...d.metadata, annotations: { ...d.metadata.annotations, [REVISION]: this.revision } } } });
    }
    if (!writtenStatusEqual(this.status, d.status ?? {})) {
      out.push({ type: 'patchStatus', object: statusPatch(d, writtenStatus(this.status)) });
    }
    if (extra) for (const action of extra) if (action.type === 'requeueAfter') out.push(action);
    return out;
  }
}

/** DeploymentStatus as the apiserver serializes it: int32 fields are `omitempty`. */
export function writtenStatus(status: DeploymentStatus): DeploymentStatus {
  return omitEmpty({ ...status }) as DeploymentStatus;
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
