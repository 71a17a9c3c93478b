/**
 * Feeds store writes into the timeline with a one-line summary of what matters for each kind, so a
 * failure report reads like a story: `Pod default/web  MODIFIED  phase=Running web=running(ready)`.
 *
 * A write is summarized ~9 times per pod, and summaries repeat (every pod of a node goes through the same
 * few), so a summary is found without building its text: the facts it is made of (phase, container
 * states, node...) are walked down a trie of the values the object already holds (`SummaryTrie`), and the
 * text and data are built once per distinct path. Object names are memoized by the object's UID
 * (`ObjectLabels`). Both were a fresh string per write, ≈ 3 KB per pod, hashed to be interned.
 * Summaries are built at the write, not when read: the timeline shows the object as it was then, and
 * keeping the object for a later read would keep every superseded version alive.
 */
import type { ObjectStore, StoredObject, Timeline, TimelineDetail, WatchEvent } from '../api';
import { BoundedMemo } from '../api/bounded-memo';

export function recordWrites(store: ObjectStore, timeline: Timeline): void {
  const labels = new ObjectLabels(timeline);
  store.watch('*', (event: WatchEvent) => {
    const obj = event.object;
    if (obj.kind === 'Event') return;
    timeline.recordInterned(event.type, labels.of(obj), summaries.of(obj));
  });
}

interface ContainerStatusLike {
  name: string;
  ready?: boolean;
  restartCount?: number;
  state?: { waiting?: { reason?: string }; running?: object; terminated?: { reason?: string; exitCode?: number } };
}

interface StatusLike {
  phase?: string;
  containerStatuses?: readonly ContainerStatusLike[];
  initContainerStatuses?: readonly ContainerStatusLike[];
}

/**
 * Interned values are immutable and only shared, so dropping a table when it is full loses nothing but
 * the sharing of later entries with earlier ones; it keeps a long simulation's tables bounded.
 */
const MAX_INTERNED = 16_384;

/**
 * `Kind namespace/name` per object, the timeline's own instance of it (`Timeline.intern`), found by the
 * object's UID — a string every version of a stored object shares, whose hash V8 keeps — with one lookup per
 * write: the name was built and hashed per write at first, then found by kind, namespace and name (three
 * lookups) and looked up a second time by the timeline to intern it.
 */
class ObjectLabels {
  private readonly byUid = new BoundedMemo<string, string>(MAX_INTERNED);

  constructor(private readonly timeline: Timeline) {}

  of(obj: StoredObject): string {
    const uid = obj.metadata.uid;
    // Objects written straight to a store without a UID (tests) are interned by their text.
    if (!uid) return this.timeline.intern(labelText(obj));
    const known = this.byUid.get(uid);
    if (known !== undefined) return known;
    return this.byUid.set(uid, this.timeline.intern(labelText(obj)));
  }
}

/** Joined, so the label is flat from the start (a template literal is a rope V8 flattens into a copy). */
function labelText(obj: StoredObject): string {
  const { namespace, name } = obj.metadata;
  return namespace ? [obj.kind, ' ', namespace, '/', String(name)].join('') : [obj.kind, ' ', String(name)].join('');
}

/**
 * A node of the summary trie: its children by the next fact, and the summary of the path that ends here.
 * Most nodes have one child (kept in two fields); a node with more keeps the rest in a Map.
 */
class SummaryNode {
  private firstKey: unknown = undefined;
  private firstChild: SummaryNode | undefined = undefined;
  private more: Map<unknown, SummaryNode> | undefined = undefined;
  detail: TimelineDetail | undefined = undefined;

  child(key: unknown, trie: SummaryTrie): SummaryNode {
    if (this.firstChild !== undefined && this.firstKey === key) return this.firstChild;
    const known = this.more?.get(key);
    if (known !== undefined) return known;
    const made = trie.newNode();
    if (this.firstChild === undefined) {
      this.firstKey = key;
      this.firstChild = made;
    } else (this.more ??= new Map()).set(key, made);
    return made;
  }
}

// Container-state facts: which branch of `containerState` applies (the waiting/terminated ones are
// followed by the reason they print). END closes the container list.
const RUNNING = Symbol('running');
const RUNNING_READY = Symbol('running(ready)');
const TERMINATED = Symbol('terminated');
const WAITING = Symbol('waiting');
const UNKNOWN = Symbol('unknown');
const END = Symbol('end');

/**
 * Summaries interned by the path of facts `summarize` reads, in a fixed order: kind is Pod, deleting,
 * phase, then for a Pod each container's name and state (init containers first), END, `spec.replicas`,
 * and last a Pod's node (the widest fan-out, so the paths of all nodes share their prefix). Equal paths
 * have equal facts, hence the same text and data; the text is built from the object when a path is new.
 */
class SummaryTrie {
  private root = new SummaryNode();
  private nodes = 0;

  newNode(): SummaryNode {
    this.nodes++;
    return new SummaryNode();
  }

  of(obj: StoredObject): TimelineDetail {
    if (this.nodes >= MAX_INTERNED) {
      this.root = new SummaryNode();
      this.nodes = 0;
    }
    const isPod = obj.kind === 'Pod';
    const status = obj.status as StatusLike | undefined;
    let at = this.root.child(isPod, this).child(Boolean(obj.metadata.deletionTimestamp), this).child(status?.phase, this);
    if (isPod) {
      at = this.containers(at, status?.initContainerStatuses);
      at = this.containers(at, status?.containerStatuses);
    }
    at = at.child(END, this).child((obj.spec as { replicas?: number } | undefined)?.replicas, this);
    if (isPod) at = at.child((obj.spec as { nodeName?: string }).nodeName, this);
    return (at.detail ??= makeDetail(obj));
  }

  private containers(at: SummaryNode, statuses: readonly ContainerStatusLike[] | undefined): SummaryNode {
    if (statuses === undefined) return at;
    for (let i = 0; i < statuses.length; i++) {
      const c = statuses[i]!;
      at = at.child(c.name, this);
      const s = c.state ?? {};
      if (s.running) at = at.child(c.ready ? RUNNING_READY : RUNNING, this);
      else if (s.terminated) at = at.child(TERMINATED, this).child(s.terminated.reason ?? s.terminated.exitCode, this);
      else if (s.waiting) at = at.child(WAITING, this).child(s.waiting.reason ?? '', this);
      else at = at.child(UNKNOWN, this);
    }
    return at;
  }
}

const summaries = new SummaryTrie();

/** The summary of a write; a pod's also carries `podData` for the swimlanes (the text determines it). */
function makeDetail(obj: StoredObject): TimelineDetail {
  const text = summarize(obj);
  if (obj.kind !== 'Pod') return Object.freeze({ text });
  return Object.freeze({ text, data: podData(obj) });
}

function summarize(obj: StoredObject): string {
  let text = obj.metadata.deletionTimestamp ? 'deleting' : '';
  const status = obj.status as StatusLike | undefined;
  if (status?.phase) text = join(text, `phase=${status.phase}`);
  if (obj.kind === 'Pod') {
    const nodeName = (obj.spec as { nodeName?: string }).nodeName;
    if (nodeName) text = join(text, `node=${nodeName}`);
    for (const c of status?.initContainerStatuses ?? []) text = join(text, `${c.name}=${containerState(c)}`);
    for (const c of status?.containerStatuses ?? []) text = join(text, `${c.name}=${containerState(c)}`);
  }
  const replicas = (obj.spec as { replicas?: number } | undefined)?.replicas;
  if (replicas !== undefined) text = join(text, `replicas=${replicas}`);
  return text;
}

function join(text: string, part: string): string {
  return text === '' ? part : `${text} ${part}`;
}

export function containerState(c: ContainerStatusLike): string {
  const s = c.state ?? {};
  if (s.running) return c.ready ? 'running(ready)' : 'running';
  if (s.terminated) return `terminated(${s.terminated.reason ?? s.terminated.exitCode})`;
  if (s.waiting) return `waiting(${s.waiting.reason ?? ''})`;
  return 'unknown';
}

function podData(obj: StoredObject): Readonly<Record<string, unknown>> {
  const status = obj.status as StatusLike | undefined;
  const containers: Record<string, string> = {};
  for (const c of [...(status?.initContainerStatuses ?? []), ...(status?.containerStatuses ?? [])]) containers[c.name] = containerState(c);
  return Object.freeze({ phase: status?.phase, deleting: Boolean(obj.metadata.deletionTimestamp), containers: Object.freeze(containers) });
}
