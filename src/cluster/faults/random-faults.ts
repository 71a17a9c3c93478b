/**
 * Random faults for a stretch of virtual time, drawn from a seeded generator so a run replays exactly: every
 * 20–60s one fault strikes (node outage, container crash, pod deletion, scheduler outage). Like a chaos tool
 * that respects a disruption budget of one, a fault waits until the last outage is over and as many pods are
 * Ready as before the last fault (at most three minutes), so a workload built to survive single failures can
 * be held to that promise. After
 * every clock event an optional invariant is checked; at the end, outages still running are ended.
 */
import { SimulationError } from '../../api';
import { goDuration, toRFC3339, type ScheduledEventId, type SeededRandom } from '../../clock';
import { VirtualTimeLimitError } from '../wait-timeout-error';
import type { Cluster } from '../cluster';
import { describeFault, FAULT_KINDS, startFault, type Fault, type FaultKind } from './fault';
import { drawFault, readyPodCount } from './fault-targets';

export interface FaultRunOptions {
  readonly kinds?: readonly FaultKind[];
  /** Checked after every clock event of the run; a returned message stops it with a FaultInvariantError. */
  readonly invariant?: () => string | undefined;
}

export interface InjectedFault {
  readonly at: number;
  readonly fault: Fault;
}

/** A promise a workload made (its invariant) was broken while faults struck. */
export class FaultInvariantError extends SimulationError {
  constructor(
    message: string,
    readonly faults: readonly InjectedFault[],
  ) {
    super(message);
    this.name = 'FaultInvariantError';
  }
}

const MAX_POSTPONE_MS = 180_000;

export function injectRandomFaults(cluster: Cluster, durationMs: number, random: SeededRandom, options: FaultRunOptions = {}): InjectedFault[] {
  return new FaultRun(cluster, random, options).runFor(durationMs);
}

class FaultRun {
  private readonly injected: InjectedFault[] = [];
  /** Outages in progress, by node name or `scheduler`: the event that ends each, and how. */
  private readonly outages = new Map<string, { id: ScheduledEventId; end: () => void }>();
  private timer: ScheduledEventId | undefined;
  private baseline = 0;
  private postponedSince: number | undefined;

  constructor(
    private readonly cluster: Cluster,
    private readonly random: SeededRandom,
    private readonly options: FaultRunOptions,
  ) {}

  runFor(durationMs: number): InjectedFault[] {
    const { clock } = this.cluster;
    const end = clock.now() + durationMs;
    const limit = this.cluster.options.limits.maxVirtualTimeMs;
    if (limit !== undefined && end - this.cluster.options.startTime > limit) throw new VirtualTimeLimitError(`injecting faults for ${goDuration(durationMs)}`, limit, this.cluster.timeline.tail(40));
    this.cluster.settle();
    this.scheduleStrike(5_000 + 5_000 * this.random.int(6));
    this.check();
    for (let next = clock.nextAt(); next !== undefined && next <= end; next = clock.nextAt()) {
      clock.step();
      this.check();
    }
    clock.cancel(this.timer);
    for (const [key, outage] of this.outages) this.endOutage(key, outage);
    clock.advanceTo(end);
    this.cluster.settle();
    this.check();
    return this.injected;
  }

  private scheduleStrike(delayMs: number): void {
    this.timer = this.cluster.clock.schedule(delayMs, 'random faults: next fault', () => this.strike());
  }

  private strike(): void {
    const now = this.cluster.clock.now();
    const disrupted = this.outages.size > 0 || readyPodCount(this.cluster) < this.baseline;
    if (disrupted && now - (this.postponedSince ??= now) < MAX_POSTPONE_MS) {
      this.scheduleStrike(10_000);
      return;
    }
    this.postponedSince = undefined;
    const down = new Set(this.outages.keys());
    const fault = drawFault(this.cluster, this.options.kinds ?? FAULT_KINDS, down, !this.outages.has('scheduler'), this.random);
    if (fault) this.start(fault);
    this.scheduleStrike(20_000 + 5_000 * this.random.int(9));
  }

  private start(fault: Fault): void {
    this.baseline = readyPodCount(this.cluster);
    const { object, text } = describeFault(fault);
    this.cluster.timeline.record('note', object, text);
    this.injected.push({ at: this.cluster.clock.now(), fault });
    const end = startFault(this.cluster, fault);
    if (!end || !('forMs' in fault)) return;
    const key = fault.kind === 'node-outage' ? fault.node : 'scheduler';
    const id = this.cluster.clock.schedule(fault.forMs, `random faults: ${object} recovers`, () => this.endOutage(key, this.outages.get(key)!));
    this.outages.set(key, { id, end });
  }

  private endOutage(key: string, outage: { id: ScheduledEventId; end: () => void }): void {
    this.cluster.clock.cancel(outage.id);
    this.outages.delete(key);
    this.cluster.timeline.record('note', key === 'scheduler' ? 'kube-scheduler' : `Node ${key}`, 'fault over');
    outage.end();
  }

  private check(): void {
    const broken = this.options.invariant?.();
    if (broken) throw new FaultInvariantError(`${broken} after ${this.injected.length} fault(s):\n${this.injected.map(formatInjected).join('\n')}`, this.injected);
  }
}

function formatInjected({ at, fault }: InjectedFault): string {
  const { object, text } = describeFault(fault);
  return `  ${toRFC3339(at)}  ${object}  ${text}`;
}
