/**
 * A minimal control plane for controller tests: a virtual clock, an API server and a runner with only the
 * controllers under test (no scheduler, no kubelet unless a test adds the fake one). Writes settle
 * synchronously, as in a Cluster.
 */
import { ApiServer, EventRecorder, Timeline, type KubeObject, type StoredObject } from '../api';
import { SeededRandom, VirtualClock, toRFC3339 } from '../clock';
import { ControllerRunner, type Controller } from '../controllers';
import { T0 } from './workload-fixtures';

export class ControllerHarness {
  readonly clock = new VirtualClock(T0);
  readonly api = new ApiServer(this.clock, new SeededRandom(1));
  readonly timeline = new Timeline(() => this.clock.now());
  readonly recorder = new EventRecorder(this.api.store, this.clock, this.timeline);
  readonly runner = new ControllerRunner(this.api, this.clock, this.recorder, this.timeline);

  constructor(controllers: readonly Controller[]) {
    for (const controller of controllers) this.runner.register(controller);
    this.clock.observe({ afterEvent: () => this.runner.settle() });
  }

  create(obj: KubeObject): StoredObject {
    const created = this.api.create({ ...obj, metadata: { namespace: 'default', ...obj.metadata } });
    this.runner.settle();
    return created;
  }

  /** Applies `change` to the stored object's spec (an update as `kubectl edit` would send). */
  updateSpec(kind: string, name: string, change: (spec: Record<string, unknown>) => Record<string, unknown>): StoredObject {
    const current = this.api.get(kind, 'default', name);
    const updated = this.api.update({ ...current, spec: change(structuredClone(current.spec) as Record<string, unknown>) });
    this.runner.settle();
    return updated;
  }

  advance(ms: number): void {
    this.runner.settle();
    this.clock.advance(ms);
    this.runner.settle();
  }

  get(kind: string, name: string): StoredObject | undefined {
    return this.api.store.get(kind, 'default', name);
  }

  list(kind: string): StoredObject[] {
    return this.api.store.list(kind, 'default');
  }

  /** Writes a pod's phase as its kubelet would: Running and Ready, or terminated with the given phase now. */
  setPodPhase(name: string, phase: 'Running' | 'Succeeded' | 'Failed'): void {
    const pod = this.api.get('Pod', 'default', name);
    const at = toRFC3339(this.clock.now());
    const ready = phase === 'Running';
    const state = ready ? { running: { startedAt: at } } : { terminated: { exitCode: phase === 'Succeeded' ? 0 : 1, finishedAt: at } };
    const status = {
      phase,
      conditions: [{ type: 'Ready', status: ready ? 'True' : 'False', lastProbeTime: null, lastTransitionTime: at }],
      containerStatuses: [{ name: 'app', ready, restartCount: 0, state }],
    };
    this.api.updateStatus({ ...pod, metadata: { ...pod.metadata, resourceVersion: undefined }, status });
    this.runner.settle();
  }

  /** `reason: message` of every Event so far, in order. */
  events(): string[] {
    return this.timeline.all().filter((e) => e.type === 'Event').map((e) => e.text.replace(/^(Normal|Warning) /, ''));
  }
}
