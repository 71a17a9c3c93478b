/**
 * A fresh cluster's bootstrap, recorded once per process and replayed into every later cluster built with the
 * same options. The bootstrap is always the same writes (namespaces, nodes, the RBAC bootstrap policy and its
 * aggregated ClusterRoles, the default Services and their endpoints, ServiceAccounts, root CA ConfigMaps, the
 * kubelets' Leases), and running them through the API pipeline and the controllers again costs milliseconds.
 *
 * The recording keeps the store writes in resourceVersion order, each with the random generator's position
 * when it reached the store. The replay puts the same frozen objects back (`ObjectStore.restore`), so every
 * watcher still sees every write in order: the timeline, the kubelets, the scheduler's cache and the
 * controllers' queues end as they would after the full build. A write a watcher makes itself (a kubelet's
 * Lease) is redone by that watcher with the same random position and then skipped in the log. State that
 * admission kept outside the store (the service allocators) is rebuilt by `Component.resume`.
 * `bootstrap-recording.test.ts` compares replayed clusters with fully built ones, object by object.
 */
import { SimulationError, type ObjectStore, type StoredObject, type Timeline } from '../api';
import type { SeededRandom, VirtualClock } from '../clock';

interface RecordedWrite {
  /** The stored object; for a removal, the object removed. */
  object: StoredObject | undefined;
  readonly removed: boolean;
  /** The store's resourceVersion once this write is stored. */
  readonly revision: number;
  /** The generator's position when the write reached the store (before any watcher ran). */
  readonly randomPosition: number;
}

/** What a bootstrap leaves behind, to check a replay against. */
interface BootstrapOutcome {
  readonly randomPosition: number;
  readonly revision: number;
  readonly timelineLength: number;
  readonly pendingEvents: number;
}

export interface BootstrapRecording extends BootstrapOutcome {
  readonly writes: readonly RecordedWrite[];
}

/** The parts of a cluster a bootstrap touches. */
export interface BootstrapTarget {
  readonly store: ObjectStore;
  readonly random: SeededRandom;
  readonly timeline: Timeline;
  readonly clock: VirtualClock;
}

/** Runs `bootstrap` and records its store writes. */
export function recordBootstrap(target: BootstrapTarget, bootstrap: () => void): BootstrapRecording {
  const { store, random } = target;
  const writes: RecordedWrite[] = [];
  const put = store.put.bind(store);
  const remove = store.remove.bind(store);
  // Only for the bootstrap: this store's own put/remove note each write before storing it, so that writes
  // watchers make while the outer write is notified come after it, in resourceVersion order.
  Object.assign(store, {
    put: (obj: Parameters<ObjectStore['put']>[0]) => {
      const write: RecordedWrite = { object: undefined, removed: false, revision: store.resourceVersion + 1, randomPosition: random.position };
      writes.push(write);
      return (write.object = put(obj));
    },
    remove: (kind: string, namespace: string | undefined, name: string) => {
      const write: RecordedWrite = { object: store.get(kind, namespace, name), removed: true, revision: store.resourceVersion + 1, randomPosition: random.position };
      if (write.object) writes.push(write);
      return remove(kind, namespace, name);
    },
  });
  try {
    bootstrap();
  } finally {
    Reflect.deleteProperty(store, 'put');
    Reflect.deleteProperty(store, 'remove');
  }
  return { writes, ...outcome(target) };
}

/** Replays a recording into a cluster whose components are installed but not started. */
export function replayBootstrap(recording: BootstrapRecording, { store, random }: BootstrapTarget): void {
  for (const write of recording.writes) {
    if (store.resourceVersion >= write.revision) continue; // a watcher has redone it
    if (store.resourceVersion !== write.revision - 1) throw diverged(`resourceVersion ${store.resourceVersion} before write ${write.revision}`);
    const object = write.object!;
    random.position = write.randomPosition;
    if (write.removed) store.remove(object.kind, object.metadata.namespace, object.metadata.name);
    else store.restore(object);
  }
  random.position = recording.randomPosition;
}

/**
 * A replay that ends anywhere else than the recording did is a bug in a component (state kept outside the
 * store and not rebuilt by `resume`): fail loudly rather than run a scenario on a different cluster.
 */
export function checkReplay(recording: BootstrapRecording, target: BootstrapTarget): void {
  const actual = outcome(target);
  const differs = (Object.keys(actual) as (keyof BootstrapOutcome)[]).filter((k) => actual[k] !== recording[k]);
  if (differs.length > 0) throw diverged(differs.map((k) => `${k} ${actual[k]} (recorded ${recording[k]})`).join(', '));
}

function diverged(detail: string): SimulationError {
  return new SimulationError(`the replayed cluster bootstrap differs from the recorded one: ${detail}`);
}

function outcome({ store, random, timeline, clock }: BootstrapTarget): BootstrapOutcome {
  return { randomPosition: random.position, revision: store.resourceVersion, timelineLength: timeline.all().length, pendingEvents: clock.pending().length };
}

/** Recordings by cluster options; bounded, since a process may build clusters with many seeds. */
const recordings = new Map<string, BootstrapRecording>();
const MAX_RECORDINGS = 32;

export const bootstrapRecordings = {
  get(key: string): BootstrapRecording | undefined {
    return recordings.get(key);
  },
  set(key: string, recording: BootstrapRecording): void {
    if (recordings.size >= MAX_RECORDINGS) recordings.delete(recordings.keys().next().value!);
    recordings.set(key, recording);
  },
  /** Makes the next cluster of every option set build in full (tests compare the two paths). */
  clear(): void {
    recordings.clear();
  },
};
