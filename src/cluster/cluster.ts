/**
 * A simulated Kubernetes cluster: it wires the clock, the API server, the controller runner and every
 * component, creates the default objects, and exposes a small driving API (advance, waitUntil, settle).
 * It implements no Kubernetes behaviour itself: that lives in the components it installs.
 */
import { ApiServer, EventRecorder, Timeline, type KubeObject, type StoredObject } from '../api';
import { namespaceLifecycle } from '../api/admission/namespace-lifecycle';
import { SeededRandom, VirtualClock, goDuration } from '../clock';
import { ControllerRunner } from '../controllers';
import type { ClusterContext, Component } from './component';
import { DEFAULT_NAMESPACES, defaultNodeOptions, namespaceObject, nodeObject, standardStorageClass } from './default-objects';
import { ClusterOptions, type ClusterOptionsInput, type NodeOptions } from './options';
import { recordWrites } from './timeline-writer';
import { RunBudget } from './run-budget';
import { VirtualTimeLimitError, WaitTimeoutError } from './wait-timeout-error';
import { coreComponents } from './components';
import { bootstrapRecordings, checkReplay, recordBootstrap, replayBootstrap } from './bootstrap-recording';

export class Cluster {
  readonly options: ClusterOptions;
  readonly clock: VirtualClock;
  readonly random: SeededRandom;
  readonly api: ApiServer;
  readonly timeline: Timeline;
  readonly recorder: EventRecorder;
  readonly runner: ControllerRunner;
  readonly context: ClusterContext;
  /** Counts clock events against `limits`, and names the busiest when a run gets out of hand. */
  readonly budget: RunBudget;
  /** `replayed` when the default objects came from a recording of an identical cluster (bootstrap-recording.ts). */
  readonly bootstrap: 'built' | 'replayed';
  private nodeCount = 0;

  /** Without `components`, the core components run and the bootstrap is recorded once per option set and replayed. */
  constructor(input: ClusterOptionsInput = {}, components?: readonly Component[]) {
    this.options = ClusterOptions.parse(input);
    this.clock = new VirtualClock(this.options.startTime);
    this.random = new SeededRandom(this.options.seed);
    this.timeline = new Timeline(() => this.clock.now());
    this.api = new ApiServer(this.clock, this.random);
    this.recorder = new EventRecorder(this.api.store, this.clock, this.timeline);
    this.runner = new ControllerRunner(this.api, this.clock, this.recorder, this.timeline);
    this.context = { options: this.options, clock: this.clock, random: this.random, api: this.api, recorder: this.recorder, timeline: this.timeline, runner: this.runner, services: new Map() };
    recordWrites(this.api.store, this.timeline);
    this.api.registerAdmission(namespaceLifecycle(this.api.store));
    const installed = components ?? coreComponents();
    for (const component of installed) component.install(this.context);
    this.bootstrap = this.runBootstrap(installed, components === undefined ? JSON.stringify(this.options) : undefined);
    this.budget = new RunBudget(this.options.limits);
    this.clock.observe({
      afterEvent: (event) => {
        this.budget.afterEvent(event);
        this.runner.settle();
      },
    });
  }

  /** Lets every controller react to what has happened so far, at the current instant. */
  settle(): void {
    this.runner.settle();
  }

  /** Moves virtual time forward, running every event due in the window. */
  advance(ms: number): void {
    this.settle();
    if (this.pastVirtualTimeLimit(this.clock.now() + ms)) throw this.virtualTimeLimitError(`advancing ${goDuration(ms)}`);
    this.clock.advance(ms);
    this.settle();
  }

  /**
   * Advances event by event until `predicate` holds or `timeoutMs` of virtual time pass; on timeout throws a
   * WaitTimeoutError carrying the timeline. Never spins: time jumps straight to the next event.
   */
  waitUntil(predicate: () => boolean, timeoutMs: number, describe: string | (() => string)): void {
    // A function is read only on failure, so the message can say what the predicate last saw.
    const description = (): string => (typeof describe === 'string' ? describe : describe());
    this.settle();
    const deadline = this.clock.now() + timeoutMs;
    let events = 0;
    while (!predicate()) {
      const next = this.clock.nextAt();
      if (next !== undefined && next <= deadline && this.pastVirtualTimeLimit(next)) throw this.virtualTimeLimitError(`waiting for ${description()}`);
      if (next === undefined || next > deadline) {
        this.clock.advanceTo(deadline);
        this.settle();
        if (predicate()) return;
        throw new WaitTimeoutError(description(), timeoutMs, this.timeline.tail(40), this.clock.pending());
      }
      if (++events > this.options.limits.maxEventsPerWait) {
        const busiest = this.budget.busiest().map(([label, n]) => `${label} (${n}x)`).join(', ');
        throw new WaitTimeoutError(`${description()} (stopped after ${events} events: a runaway loop? busiest: ${busiest})`, timeoutMs, this.timeline.tail(40), this.clock.pending());
      }
      this.clock.step();
    }
  }

  /** `limits.maxVirtualTimeMs` turns a scenario that would simulate (nearly) forever into a clear failure. */
  private pastVirtualTimeLimit(target: number): boolean {
    const limit = this.options.limits.maxVirtualTimeMs;
    return limit !== undefined && target - this.options.startTime > limit;
  }

  /** Built only once the limit is passed: a wait checks it on every clock event. */
  private virtualTimeLimitError(doing: string): VirtualTimeLimitError {
    return new VirtualTimeLimitError(doing, this.options.limits.maxVirtualTimeMs!, this.timeline.tail(40));
  }

  /** Adds a default-sized Ready node (`When a node "x" joins the cluster`). */
  addNode(node: Partial<NodeOptions> & { name: string }): StoredObject {
    const options: NodeOptions = { cpu: '4', memory: '8Gi', pods: 110, labels: {}, taints: [], ...node };
    const created = this.api.create(nodeObject(options, ++this.nodeCount));
    this.settle();
    return created;
  }

  get(kind: string, namespace: string | undefined, name: string): StoredObject | undefined {
    return this.api.tryGet(kind, namespace, name);
  }

  list(kind: string, namespace?: string): StoredObject[] {
    return this.api.store.list(kind, namespace);
  }

  /** Creates an object as an in-process client (no authorization), filling the namespace. */
  create(obj: KubeObject): StoredObject {
    const created = this.api.create({ ...obj, metadata: { namespace: 'default', ...obj.metadata } });
    this.settle();
    return created;
  }

  /**
   * Creates the default objects, starts the components and settles; with a recording key, replays the
   * recording of an identical earlier cluster instead (or records this one).
   */
  private runBootstrap(components: readonly Component[], recordingKey: string | undefined): 'built' | 'replayed' {
    const target = { store: this.api.store, random: this.random, timeline: this.timeline, clock: this.clock };
    const recording = recordingKey === undefined ? undefined : bootstrapRecordings.get(recordingKey);
    if (recording) {
      replayBootstrap(recording, target);
      this.nodeCount = this.defaultNodes().length;
      for (const component of components) component.resume?.(this.context);
      this.settle();
      checkReplay(recording, target);
      return 'replayed';
    }
    const build = (): void => {
      this.createDefaults();
      for (const component of components) component.start?.(this.context);
      this.settle();
    };
    if (recordingKey === undefined) build();
    else bootstrapRecordings.set(recordingKey, recordBootstrap(target, build));
    return 'built';
  }

  private createDefaults(): void {
    for (const ns of DEFAULT_NAMESPACES) this.api.create(namespaceObject(ns));
    for (const node of this.defaultNodes()) this.api.create(nodeObject(node, ++this.nodeCount));
    this.api.create(standardStorageClass());
  }

  private defaultNodes(): NodeOptions[] {
    return typeof this.options.nodes === 'number' ? defaultNodeOptions(this.options.nodes) : this.options.nodes;
  }
}
