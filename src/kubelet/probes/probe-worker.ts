/**
 * One probe of one container (`pkg/kubelet/prober/worker.go`): it runs once when the pod is added and
 * then on a ticker every periodSeconds, one clock event per run. A run is skipped while the container
 * is not running, before initialDelaySeconds (measured from the container's start), for liveness and
 * readiness until the startup probe passed, and for the startup probe once it has. The verdict flips
 * after failureThreshold consecutive failures or successThreshold successes; a liveness or startup
 * failure puts the worker on hold until a new container instance appears. Every failed attempt
 * records an `Unhealthy` event.
 */
import type { Container, Pod, Probe } from '../../api/schemas';
import type { ScheduledEventId, VirtualClock } from '../../clock';
import type { ContainerInstance, PodState } from '../pod-state';
import type { ProbeOutcome, ProbeTarget } from './probe-target';
import { runProbe } from './run-probe';

export type ProbeType = 'liveness' | 'readiness' | 'startup';
export type ProbeVerdict = 'success' | 'failure';

const TITLE: Record<ProbeType, string> = { liveness: 'Liveness', readiness: 'Readiness', startup: 'Startup' };

export interface ProbeWorkerHost {
  readonly clock: VirtualClock;
  readonly state: PodState;
  /** The pod as the kubelet currently sees it (deletionTimestamp matters), undefined once it is gone. */
  pod(): Pod | undefined;
  target(instance: ContainerInstance): ProbeTarget | undefined;
  recordEvent(container: string, reason: string, message: string): void;
  /** The verdict for a container instance changed. */
  onVerdict(type: ProbeType, instance: ContainerInstance, verdict: ProbeVerdict): void;
}

export class ProbeWorker {
  private timer: ScheduledEventId | undefined;
  private stopped = false;
  private containerId: string | undefined;
  private onHold = false;
  private lastResult: ProbeVerdict | undefined;
  private resultRun = 0;
  /** The verdict published for the current container instance. */
  verdict: ProbeVerdict | undefined;
  private readonly label: string;
  private readonly periodMs: number;

  constructor(
    private readonly host: ProbeWorkerHost,
    readonly container: Container,
    readonly type: ProbeType,
    private readonly probe: Probe,
  ) {
    this.label = `${type} probe ${container.name} (${host.state.uid.slice(0, 8)})`;
    this.periodMs = (probe.periodSeconds || 10) * 1000;
  }

  /** The first run happens at once; later runs follow the ticker. */
  start(): void {
    this.doProbe();
    this.scheduleTick();
  }

  stop(): void {
    this.stopped = true;
    this.host.clock.cancel(this.timer);
  }

  /** An extra run outside the ticker (the kubelet's manualTriggerCh for readiness). */
  trigger(): void {
    if (!this.stopped) this.host.clock.schedule(0, this.label, () => this.doProbe());
  }

  get containerIdProbed(): string | undefined {
    return this.containerId;
  }

  private scheduleTick(): void {
    this.timer = this.host.clock.schedule(this.periodMs, this.label, () => {
      if (this.stopped) return;
      this.doProbe();
      if (!this.stopped) this.scheduleTick();
    });
  }

  private doProbe(): void {
    const pod = this.host.pod();
    const phase = pod?.status?.phase;
    if (!pod || phase === 'Succeeded' || phase === 'Failed') return this.stop();
    const instance = this.host.state.visibleFromEnd(this.container.name ?? '', 0);
    if (!instance) return;
    if (instance.id !== this.containerId) this.newContainer(instance);
    if (this.onHold || instance.state !== 'running') return;
    if (pod.metadata.deletionTimestamp && this.type !== 'readiness') return this.stop();
    const sinceStart = Math.floor((this.host.clock.now() - (instance.startedAt ?? 0)) / 1000);
    if (sinceStart < (this.probe.initialDelaySeconds ?? 0)) return;
    if ((this.type === 'startup') === instance.startupPassed) return;
    const target = this.host.target(instance);
    if (target) this.record(instance, runProbe(target, this.probe));
  }

  private newContainer(instance: ContainerInstance): void {
    this.containerId = instance.id;
    this.onHold = false;
    this.verdict = undefined;
  }

  private record(instance: ContainerInstance, outcome: ProbeOutcome): void {
    const name = this.container.name ?? '';
    if (outcome.result === 'failure') this.host.recordEvent(name, 'Unhealthy', `${TITLE[this.type]} probe failed: ${outcome.output}`);
    if (outcome.result === 'warning') this.host.recordEvent(name, 'ProbeWarning', `${TITLE[this.type]} probe warning: ${outcome.output}`);
    const result: ProbeVerdict = outcome.result === 'failure' ? 'failure' : 'success';
    this.resultRun = this.lastResult === result ? this.resultRun + 1 : 1;
    this.lastResult = result;
    const threshold = result === 'failure' ? this.probe.failureThreshold || 3 : this.probe.successThreshold || 1;
    if (this.resultRun < threshold) return;
    if (this.verdict !== result) {
      this.verdict = result;
      this.host.onVerdict(this.type, instance, result);
    }
    if (result === 'failure' && this.type !== 'readiness') {
      this.onHold = true;
      this.resultRun = 0;
    }
  }
}
