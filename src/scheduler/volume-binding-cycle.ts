/**
 * The binding cycles that wait for volumes (`pkg/scheduler/schedule_one.go` bindingCycle with
 * VolumeBinding's PreBind, binder.go BindPodVolumes): after the PV/PVC writes, kube-scheduler polls
 * checkBindings every second (first poll one second after the writes) for up to `bindTimeoutSeconds`
 * (600s); the pod is bound once every claim is fully bound, and the attempt fails with
 * `running PreBind plugin "VolumeBinding": binding volumes: …` on an error or the timeout. Polling only
 * sees what changed, so here a claim or volume event schedules the next poll instant and nothing runs in
 * between; the verdict of that poll hands the pod back to the scheduler (`activate`).
 */
import type { ObjectKey, StoredObject } from '../api';
import type { Pod } from '../api/schemas';
import type { ScheduledEventId, VirtualClock } from '../clock';
import { checkBindings, type PodVolumes, type SchedulingNode, type VolumeListers } from '../storage';

const POLL_INTERVAL_MS = 1_000;
const BIND_TIMEOUT_MS = 600_000;

export type BindingVerdict = 'waiting' | 'bound' | { readonly error: string };

interface InFlight {
  readonly pod: StoredObject<Pod>;
  readonly nodeName: string;
  readonly podVolumes: PodVolumes;
  readonly startedAt: number;
  verdict: BindingVerdict;
  poll?: ScheduledEventId;
  readonly timeout: ScheduledEventId;
}

export class VolumeBindingCycles {
  private readonly inFlight = new Map<ObjectKey, InFlight>();

  constructor(
    private readonly clock: VirtualClock,
    private readonly volumes: VolumeListers,
    private readonly node: (name: string) => SchedulingNode | undefined,
    private readonly activate: (key: ObjectKey) => void,
  ) {}

  /** PreBind has written its updates for `pod` on `nodeName`; wait for the controllers. */
  start(key: ObjectKey, pod: StoredObject<Pod>, nodeName: string, podVolumes: PodVolumes): void {
    const startedAt = this.clock.now();
    const timeout = this.clock.scheduleAt(startedAt + BIND_TIMEOUT_MS, `scheduler volume binding timeout ${key}`, () => this.decide(key, { error: 'context deadline exceeded' }));
    this.inFlight.set(key, { pod, nodeName, podVolumes, startedAt, verdict: 'waiting', timeout });
  }

  /** The pod's binding cycle, if one is running: the node it goes to and what the last poll found. */
  get(key: ObjectKey): { readonly pod: StoredObject<Pod>; readonly nodeName: string; readonly verdict: BindingVerdict } | undefined {
    return this.inFlight.get(key);
  }

  /** A claim or volume changed: every waiting cycle polls at its next poll instant. */
  storageChanged(): void {
    for (const [key, cycle] of this.inFlight) {
      if (cycle.poll !== undefined || cycle.verdict !== 'waiting') continue;
      const elapsed = this.clock.now() - cycle.startedAt;
      const at = cycle.startedAt + Math.max(1, Math.ceil(elapsed / POLL_INTERVAL_MS)) * POLL_INTERVAL_MS;
      cycle.poll = this.clock.scheduleAt(at, `scheduler volume binding poll ${key}`, () => this.poll(key));
    }
  }

  finish(key: ObjectKey): void {
    const cycle = this.inFlight.get(key);
    if (!cycle) return;
    this.clock.cancel(cycle.poll);
    this.clock.cancel(cycle.timeout);
    this.inFlight.delete(key);
  }

  /** Drops every cycle (the scheduler stops) and returns their pods, which the cache must forget. */
  clear(): StoredObject<Pod>[] {
    const pods = [...this.inFlight.values()].map((cycle) => cycle.pod);
    for (const key of [...this.inFlight.keys()]) this.finish(key);
    return pods;
  }

  private poll(key: ObjectKey): void {
    const cycle = this.inFlight.get(key);
    if (!cycle) return;
    cycle.poll = undefined;
    const node = this.node(cycle.nodeName);
    const verdict = node ? checkBindings(cycle.podVolumes, node, this.volumes) : { error: `failed to get node "${cycle.nodeName}": node "${cycle.nodeName}" not found` };
    if (verdict !== 'waiting') this.decide(key, verdict);
  }

  private decide(key: ObjectKey, verdict: Exclude<BindingVerdict, 'waiting'>): void {
    const cycle = this.inFlight.get(key);
    if (!cycle || cycle.verdict !== 'waiting') return;
    this.clock.cancel(cycle.poll);
    this.clock.cancel(cycle.timeout);
    cycle.poll = undefined;
    cycle.verdict = verdict;
    this.activate(key);
  }
}
