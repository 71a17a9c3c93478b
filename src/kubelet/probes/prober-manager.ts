/**
 * The node's prober (`pkg/kubelet/prober/prober_manager.go`): one worker per container and probe kind,
 * created when the pod is first synced and stopped when it goes. Liveness and startup verdicts feed
 * `unhealthy` (read by the pod sync plan); readiness and startup verdicts change the container's
 * `ready`/`started` flags. A container that starts, or becomes started, triggers an immediate readiness
 * run, as UpdatePodStatus does for a running container that is not yet ready.
 */
import type { Container } from '../../api/schemas';
import type { PodState } from '../pod-state';
import { containerKind } from '../status/container-statuses';
import { ProbeWorker, type ProbeType, type ProbeWorkerHost } from './probe-worker';

export class ProberManager {
  private readonly workers = new Map<string, readonly ProbeWorker[]>();

  /** Creates and starts the pod's workers once; `host` is built per pod by the node agent. */
  addPod(host: ProbeWorkerHost, containers: readonly Container[], initContainers: readonly Container[]): void {
    const uid = host.state.uid;
    if (this.workers.has(uid)) return;
    const probed = [...initContainers.filter((c) => containerKind(c, true) === 'sidecar'), ...containers];
    const workers: ProbeWorker[] = [];
    for (const container of probed) {
      for (const [type, probe] of probesOf(container)) workers.push(new ProbeWorker(host, container, type, probe));
    }
    this.workers.set(uid, workers);
    for (const worker of workers) worker.start();
  }

  removePod(uid: string): void {
    for (const worker of this.workers.get(uid) ?? []) worker.stop();
    this.workers.delete(uid);
  }

  /** Running instances whose liveness or startup probe has failed, by container ID. */
  unhealthy(state: PodState): ReadonlyMap<string, 'liveness' | 'startup'> {
    const workers = this.workers.get(state.uid);
    // A pod without probes has no workers (most pods): no Map per sync.
    if (!workers) return NONE_UNHEALTHY;
    const result = new Map<string, 'liveness' | 'startup'>();
    for (const worker of workers) {
      if (worker.type === 'readiness' || worker.verdict !== 'failure') continue;
      const instance = state.latest(worker.container.name ?? '');
      if (instance?.state === 'running' && instance.id === worker.containerIdProbed) result.set(instance.id, worker.type);
    }
    return result;
  }

  triggerReadiness(uid: string, container: string): void {
    for (const worker of this.workers.get(uid) ?? []) if (worker.type === 'readiness' && worker.container.name === container) worker.trigger();
  }
}

const NONE_UNHEALTHY: ReadonlyMap<string, 'liveness' | 'startup'> = new Map();

/**
 * False when `addPod` would create no worker: no container has a probe (and no init container could be a
 * probed sidecar). Most pods are never probed; their workers skip building a probe host.
 */
export function needsProbeWorkers(containers: readonly Container[], initContainers: readonly Container[]): boolean {
  return initContainers.length > 0 || containers.some(hasProbe);
}

function hasProbe(container: Container): boolean {
  return Boolean(container.startupProbe || container.livenessProbe || container.readinessProbe);
}

function probesOf(container: Container): [ProbeType, NonNullable<Container['livenessProbe']>][] {
  const out: [ProbeType, NonNullable<Container['livenessProbe']>][] = [];
  if (container.startupProbe) out.push(['startup', container.startupProbe]);
  if (container.livenessProbe) out.push(['liveness', container.livenessProbe]);
  if (container.readinessProbe) out.push(['readiness', container.readinessProbe]);
  return out;
}
