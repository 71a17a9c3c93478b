/**
 * The loop of kubectl ≤1.17's `rolling-update` (pkg/kubectl/rolling_updater.go, removed in kubectl 1.18):
 * with maxSurge 1 and maxUnavailable 0, scale the new ReplicationController up by one, sleep
 * --update-period, scale the old one down as far as availability allows, repeat; then clean up the
 * annotations and delete (or rename over) the old controller. Sleeping and waiting advance virtual time.
 */
import type { StoredObject } from '../../api';
import type { CommandContext } from '../context';
import { KubectlError } from '../errors';

export const DESIRED_REPLICAS = 'kubectl.kubernetes.io/desired-replicas';
export const SOURCE_ID = 'kubectl.kubernetes.io/update-source-id';
export const ORIGINAL_REPLICAS = 'kubectl.kubernetes.io/original-replicas';
export const NEXT_CONTROLLER = 'kubectl.kubernetes.io/next-controller-id';

export interface UpdaterConfig {
  oldRc: StoredObject;
  newRc: StoredObject;
  updatePeriodMs: number;
  timeoutMs: number;
  cleanup: 'delete' | 'rename';
}

type Rc = StoredObject & { spec: { replicas?: number; selector?: Record<string, string> }; status?: { replicas?: number; observedGeneration?: number } };

export function rollingUpdate(context: CommandContext, config: UpdaterConfig): void {
  const out = (line: string) => context.output.out(line);
  const desired = Number.parseInt(config.newRc.metadata.annotations?.[DESIRED_REPLICAS] ?? '', 10);
  let oldRc = recordOriginalReplicas(context, config.oldRc as Rc);
  let newRc = config.newRc as Rc;
  const minAvailable = desired;
  out(`Scaling up ${newRc.metadata.name} from ${replicas(newRc)} to ${desired}, scaling down ${oldRc.metadata.name} from ${replicas(oldRc)} to 0 (keep ${minAvailable} pods available, don't exceed ${desired + 1} pods)`);
  let deadline = context.cluster.clock.now() + config.timeoutMs;
  while (replicas(newRc) !== desired || replicas(oldRc) !== 0) {
    const before = [replicas(newRc), replicas(oldRc)];
    newRc = scaleUp(context, newRc, oldRc, desired);
    context.cluster.advance(config.updatePeriodMs);
    oldRc = scaleDown(context, newRc, oldRc, desired, minAvailable);
    if (replicas(newRc) !== before[0] || replicas(oldRc) !== before[1]) deadline = context.cluster.clock.now() + config.timeoutMs;
    else if (context.cluster.clock.now() > deadline) throw new KubectlError('error: timed out waiting for any update progress to be made');
  }
  cleanup(context, oldRc, newRc, config.cleanup);
}

function replicas(rc: Rc): number {
  return rc.spec.replicas ?? 0;
}

function recordOriginalReplicas(context: CommandContext, oldRc: Rc): Rc {
  if (oldRc.metadata.annotations?.[ORIGINAL_REPLICAS] !== undefined) return oldRc;
  const current = context.cluster.api.get('ReplicationController', oldRc.metadata.namespace, oldRc.metadata.name) as Rc;
  return update(context, current, (rc) => ({ ...rc, metadata: { ...rc.metadata, annotations: { ...rc.metadata.annotations, [ORIGINAL_REPLICAS]: String(replicas(current)) } } }));
}

function scaleUp(context: CommandContext, newRc: Rc, oldRc: Rc, desired: number): Rc {
  if (replicas(newRc) === desired) return newRc;
  const increment = replicas(oldRc) === 0 ? desired - replicas(newRc) : desired + 1 - (replicas(oldRc) + replicas(newRc));
  if (increment <= 0) return newRc;
  const next = Math.min(replicas(newRc) + increment, desired);
  context.output.out(`Scaling ${newRc.metadata.name} up to ${next}`);
  return scaleAndWait(context, newRc, next);
}

function scaleDown(context: CommandContext, newRc: Rc, oldRc: Rc, desired: number, minAvailable: number): Rc {
  if (replicas(oldRc) === 0) return oldRc;
  const newAvailable = availablePods(context, newRc);
  const decrement = replicas(oldRc) + replicas(newRc) - minAvailable - (replicas(newRc) - newAvailable);
  if (decrement <= 0) return oldRc;
  let next = Math.max(replicas(oldRc) - decrement, 0);
  if (replicas(newRc) === desired && newAvailable === desired) next = 0;
  context.output.out(`Scaling ${oldRc.metadata.name} down to ${next}`);
  return scaleAndWait(context, oldRc, next);
}

/** readyPods: available, not terminating pods matching the controller's selector. */
function availablePods(context: CommandContext, rc: Rc): number {
  const selector = Object.entries(rc.spec.selector ?? {});
  return context.cluster.list('Pod', rc.metadata.namespace).filter((pod) => {
    if (pod.metadata.deletionTimestamp || !selector.every(([k, v]) => pod.metadata.labels?.[k] === v)) return false;
    return ((pod.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
  }).length;
}

/** The scale subresource, then wait until the controller reports that many pods (scale.Scaler with waitForReplicas). */
function scaleAndWait(context: CommandContext, rc: Rc, count: number): Rc {
  const current = context.cluster.api.get('ReplicationController', rc.metadata.namespace, rc.metadata.name) as Rc;
  update(context, current, (r) => ({ ...r, spec: { ...r.spec, replicas: count } }));
  const live = () => context.cluster.get('ReplicationController', rc.metadata.namespace, rc.metadata.name) as Rc;
  context.cluster.waitUntil(() => (live().status?.replicas ?? 0) === count && (live().status?.observedGeneration ?? 0) >= (live().metadata.generation ?? 0), 300_000, `${rc.metadata.name} to have ${count} replicas`);
  return live();
}

function update(context: CommandContext, rc: Rc, change: (rc: Rc) => StoredObject): Rc {
  return context.cluster.api.update(change(rc), { user: context.user }) as Rc;
}

function cleanup(context: CommandContext, oldRc: Rc, newRc: Rc, policy: 'delete' | 'rename'): void {
  const current = context.cluster.api.get('ReplicationController', newRc.metadata.namespace, newRc.metadata.name) as Rc;
  const annotations = { ...current.metadata.annotations };
  delete annotations[SOURCE_ID];
  delete annotations[DESIRED_REPLICAS];
  const cleaned = update(context, current, (rc) => ({ ...rc, metadata: { ...rc.metadata, annotations } }));
  const api = context.cluster.api;
  if (policy === 'delete') {
    context.output.out(`Update succeeded. Deleting ${oldRc.metadata.name}`);
    api.delete('ReplicationController', oldRc.metadata.namespace, oldRc.metadata.name, { user: context.user });
    return;
  }
  context.output.out(`Update succeeded. Deleting old controller: ${oldRc.metadata.name}`);
  api.delete('ReplicationController', oldRc.metadata.namespace, oldRc.metadata.name, { user: context.user });
  context.output.out(`Renaming ${cleaned.metadata.name} to ${oldRc.metadata.name}`);
  rename(context, cleaned, oldRc.metadata.name);
}

/** Rename: delete the temporary controller orphaning its pods, and create it again under the old name. */
export function rename(context: CommandContext, rc: StoredObject, name: string): void {
  context.cluster.api.delete('ReplicationController', rc.metadata.namespace, rc.metadata.name, { user: context.user, propagationPolicy: 'Orphan' });
  context.cluster.settle();
  const metadata = { name, namespace: rc.metadata.namespace, labels: rc.metadata.labels, annotations: rc.metadata.annotations };
  context.cluster.api.create({ apiVersion: 'v1', kind: 'ReplicationController', metadata, spec: rc.spec }, { user: context.user });
}
