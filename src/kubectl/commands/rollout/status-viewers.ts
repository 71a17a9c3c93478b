/**
 * What `kubectl rollout status` prints for one observation of the object
 * (k8s.io/kubectl/pkg/polymorphichelpers/rollout_status.go, v1.32). Pure: object in, message out.
 */
import type { KubeObject } from '../../../api';
import { KubectlError } from '../../errors';

export interface RolloutStatus {
  message: string;
  done: boolean;
}

type Viewer = (obj: KubeObject, revision: number) => RolloutStatus;

interface Status {
  observedGeneration?: number;
  replicas?: number;
  updatedReplicas?: number;
  availableReplicas?: number;
  readyReplicas?: number;
  currentReplicas?: number;
  updateRevision?: string;
  currentRevision?: string;
  desiredNumberScheduled?: number;
  updatedNumberScheduled?: number;
  numberAvailable?: number;
  conditions?: { type?: string; reason?: string }[];
}

interface Spec {
  replicas?: number;
  updateStrategy?: { type?: string; rollingUpdate?: { partition?: number } };
}

function fail(message: string): never {
  throw new KubectlError(`error: ${message}`);
}

function parts(obj: KubeObject): { name: string; generation: number; spec: Spec; status: Status } {
  return { name: obj.metadata.name ?? '', generation: obj.metadata.generation ?? 0, spec: (obj.spec ?? {}) as Spec, status: (obj.status ?? {}) as Status };
}

const deployment: Viewer = (obj, revision) => {
  const { name, generation, spec, status } = parts(obj);
  if (revision > 0) {
    const running = Number.parseInt(obj.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? '', 10);
    if (Number.isNaN(running)) fail(`cannot get the revision of deployment "${name}": revision annotation not found`);
    if (running !== revision) fail(`desired revision (${revision}) is different from the running revision (${running})`);
  }
  if (generation > (status.observedGeneration ?? 0)) return { message: 'Waiting for deployment spec update to be observed...\n', done: false };
  if (status.conditions?.find((c) => c.type === 'Progressing')?.reason === 'ProgressDeadlineExceeded') fail(`deployment "${name}" exceeded its progress deadline`);
  const [updated, total, available] = [status.updatedReplicas ?? 0, status.replicas ?? 0, status.availableReplicas ?? 0];
  const waiting = (text: string) => ({ message: `Waiting for deployment "${name}" rollout to finish: ${text}...\n`, done: false });
  if (spec.replicas !== undefined && updated < spec.replicas) return waiting(`${updated} out of ${spec.replicas} new replicas have been updated`);
  if (total > updated) return waiting(`${total - updated} old replicas are pending termination`);
  if (available < updated) return waiting(`${available} of ${updated} updated replicas are available`);
  return { message: `deployment "${name}" successfully rolled out\n`, done: true };
};

const daemonSet: Viewer = (obj) => {
  const { name, generation, spec, status } = parts(obj);
  if (spec.updateStrategy?.type !== 'RollingUpdate') fail('rollout status is only available for RollingUpdate strategy type');
  if (generation > (status.observedGeneration ?? 0)) return { message: 'Waiting for daemon set spec update to be observed...\n', done: false };
  const [updated, desired, available] = [status.updatedNumberScheduled ?? 0, status.desiredNumberScheduled ?? 0, status.numberAvailable ?? 0];
  const waiting = (text: string) => ({ message: `Waiting for daemon set "${name}" rollout to finish: ${text}...\n`, done: false });
  if (updated < desired) return waiting(`${updated} out of ${desired} new pods have been updated`);
  if (available < desired) return waiting(`${available} of ${desired} updated pods are available`);
  return { message: `daemon set "${name}" successfully rolled out\n`, done: true };
};

const statefulSet: Viewer = (obj) => {
  const { generation, spec, status } = parts(obj);
  if (spec.updateStrategy?.type !== 'RollingUpdate') fail('rollout status is only available for RollingUpdate strategy type');
  const observed = status.observedGeneration ?? 0;
  if (observed === 0 || generation > observed) return { message: 'Waiting for statefulset spec update to be observed...\n', done: false };
  const ready = status.readyReplicas ?? 0;
  if (spec.replicas !== undefined && ready < spec.replicas) return { message: `Waiting for ${spec.replicas - ready} pods to be ready...\n`, done: false };
  const updated = status.updatedReplicas ?? 0;
  const partition = spec.updateStrategy.rollingUpdate?.partition;
  if (spec.updateStrategy.rollingUpdate) {
    if (spec.replicas !== undefined && partition !== undefined && updated < spec.replicas - partition) {
      return { message: `Waiting for partitioned roll out to finish: ${updated} out of ${spec.replicas - partition} new pods have been updated...\n`, done: false };
    }
    return { message: `partitioned roll out complete: ${updated} new pods have been updated...\n`, done: true };
  }
  if (status.updateRevision !== status.currentRevision) {
    return { message: `waiting for statefulset rolling update to complete ${updated} pods at revision ${status.updateRevision}...\n`, done: false };
  }
  return { message: `statefulset rolling update complete ${status.currentReplicas ?? 0} pods at revision ${status.currentRevision}...\n`, done: true };
};

const VIEWERS: Record<string, Viewer> = { Deployment: deployment, DaemonSet: daemonSet, StatefulSet: statefulSet };

export function statusViewerFor(kind: string): Viewer | undefined {
  return VIEWERS[kind];
}
