/**
 * The kubelet's configMap/secret/downwardAPI/projected volume plugins for `VolumeHost`: each pod volume is
 * a directory of its own, brought up to date from `projectVolume` on every call of `setUp` — the kubelet
 * calls it on each pod sync, so a changed ConfigMap reaches the files on the next periodic sync (60–90s),
 * as with the Watch change-detection strategy. A changed file is replaced, not rewritten in place: a
 * container that bound the old file through `subPath` keeps the old content, as real subPath mounts do.
 * The token is issued once per pod volume (the kubelet refreshes it only after 80% of its lifetime) and
 * signed only when a process reads it.
 * A sync whose inputs — the pod fields a projection can read, the objects it names — are the very objects
 * of the previous one finds nothing to change and does nothing (`projectionFacts`).
 * Simplifications: modes are computed (`projectVolume`) but VolumeDirectory stores none, and there is no
 * `..data` symlink layer.
 */
import type { StoredObject } from '../../api';
import { BoundedMemo } from '../../api/bounded-memo';
import type { DownwardAPIVolumeFile, Node, Pod, Volume, VolumeProjection } from '../../api/schemas';
import { relativePath, type DirectoryFactory, type FileContent, type VolumeDirectory } from '../volumes/volume-directory';
import type { PodVolume, VolumePlugin, VolumeProblem } from '../volumes/volume-plugin';
import type { ConfigStore } from './config-objects';
import { isConfigVolume, projectVolume, type Payload } from './volume-projection';

/**
 * One pod volume: its directory, what was last projected into it, and the pod's next config volume (a pod has
 * one or two, so a list, not an array per pod). It is the `PodVolume` the kubelet mounts (a method, not a
 * closure per pod).
 */
class ProjectedVolume<Mount> implements PodVolume<Mount> {
  /** What the last projection read (`projectionFacts`): equal facts, equal files. Shared (`FactList.keep`). */
  facts: readonly unknown[] = NO_FACTS;
  /** The files on disk (`writePayload`), flat: path, content, path, content… */
  files: OnDisk = NOTHING_PROJECTED;

  constructor(
    readonly name: string,
    readonly dir: VolumeDirectory<Mount>,
    /**
     * When the volume was first set up, in whole seconds (the token's `iat`, all a projection reads of the
     * instant): a small integer, where milliseconds since the epoch are not.
     */
    readonly firstSetUpSeconds: number,
    readonly next: ProjectedVolume<Mount> | undefined,
  ) {}

  /** On the prototype rather than a field per pod: these volumes are always read-only. */
  get readOnly(): boolean {
    return true;
  }

  mountSource(subPath = ''): Mount {
    return this.dir.mountSource(relativePath(subPath));
  }
}

/**
 * A payload as kept on disk between projections: each file's path then its content, exact-size. Only paths and
 * contents are compared (the directory stores no modes), and a Map with an entry object per file cost ≈ 0.4 KiB
 * per pod for the three files of a service-account volume.
 */
type OnDisk = readonly (string | FileContent)[];

/** A volume's payload before its first projection. */
const NOTHING_PROJECTED: OnDisk = Object.freeze([]);
const NO_FACTS: readonly unknown[] = Object.freeze([]);

/**
 * `newDirectory` makes each pod volume's own directory, which the plugin's record of the pod holds and drops at
 * tear-down (it was also filed in the VolumeDataStore's emptyDirs under a `config:` key: a second record, Map
 * entry and key string per pod).
 */
export function configVolumePlugin<Mount>(store: ConfigStore, newDirectory: DirectoryFactory<Mount>, clock: { now(): number }): VolumePlugin<Mount> {
  /** A pod's volumes, by pod uid: the first of its list. */
  const volumes = new Map<string, ProjectedVolume<Mount>>();
  /** The facts last kept on each node (`FactList.keep`). */
  const keptFacts = new BoundedMemo<string, readonly unknown[]>(KEPT_FACTS_NODES);
  return {
    name: 'kubernetes.io/configmap+secret+downward-api+projected',
    canSupport: isConfigVolume,
    setUp(pod: StoredObject<Pod>, volume: Volume, nodeName: string): PodVolume<Mount> | VolumeProblem {
      const name = volume.name ?? '';
      const first = volumes.get(pod.metadata.uid);
      const previous = find(first, name);
      const node = store.get('Node', undefined, nodeName) as unknown as Node | undefined;
      const account = store.get('ServiceAccount', pod.metadata.namespace, pod.spec?.serviceAccountName || 'default');
      const facts = projectionFacts(pod, volume, store, node, account?.metadata.uid, FACTS);
      if (previous && facts.equals(previous.facts)) return previous;
      const firstSetUpSeconds = previous?.firstSetUpSeconds ?? Math.floor(clock.now() / 1000);
      const context = { now: firstSetUpSeconds * 1000, nodeAllocatable: node?.status?.allocatable, nodeUid: node?.metadata.uid, serviceAccountUid: account?.metadata.uid };
      const result = projectVolume(pod, volume, store, context);
      if (!result || 'error' in result) return { bucket: 'unmounted', event: { type: 'Warning', reason: 'FailedMount', message: result?.error ?? '', component: 'kubelet' } };
      const projected = previous ?? new ProjectedVolume(name, newDirectory(), firstSetUpSeconds, first);
      projected.files = writePayload(projected.dir, projected.files, result.files);
      projected.facts = facts.keep(keptFacts, nodeName);
      if (!previous) volumes.set(pod.metadata.uid, projected);
      return projected;
    },
    tearDown(pod) {
      volumes.delete(pod.metadata.uid);
    },
  };
}

function find<Mount>(first: ProjectedVolume<Mount> | undefined, name: string): ProjectedVolume<Mount> | undefined {
  for (let volume = first; volume; volume = volume.next) if (volume.name === name) return volume;
  return undefined;
}

/**
 * Everything `projectVolume` can read for this volume, as values to compare with `Object.is`: the token's node
 * and ServiceAccount, every ConfigMap and Secret it names as stored now, and the pod fields its downward API
 * items and token read (`downwardFacts`). A pod's name, namespace and uid never change, so they are not facts;
 * nor is the volume itself: a pod's volumes are immutable (ValidatePodUpdate, pkg/apis/core/validation), and a
 * kept projection is found by pod uid and volume name. Without the (per-pod) volume, the facts of the pods on
 * one node are the same values, so they share one list (`FactList.keep`).
 */
export function projectionFacts(pod: Pod, volume: Volume, store: ConfigStore, node: Node | undefined, serviceAccountUid: string | undefined, facts = new FactList()): FactList {
  facts.clear();
  facts.push(node?.metadata.uid);
  facts.push(serviceAccountUid);
  const namespace = pod.metadata.namespace;
  if (volume.configMap) facts.push(store.get('ConfigMap', namespace, volume.configMap.name ?? ''));
  if (volume.secret) facts.push(store.get('Secret', namespace, volume.secret.secretName ?? ''));
  downwardItemFacts(pod, volume.downwardAPI?.items, node, facts);
  // Indexed loops: a `for…of` made an iterator per list on every pod sync.
  const sources = volume.projected?.sources;
  for (let i = 0; sources !== undefined && i < sources.length; i++) {
    const source = sources[i] as VolumeProjection;
    if (source.configMap) facts.push(store.get('ConfigMap', namespace, source.configMap.name ?? ''));
    if (source.secret) facts.push(store.get('Secret', namespace, source.secret.name ?? ''));
    downwardItemFacts(pod, source.downwardAPI?.items, node, facts);
    if (source.serviceAccountToken) {
      facts.push(pod.spec?.nodeName);
      facts.push(pod.spec?.serviceAccountName);
    }
  }
  return facts;
}

/**
 * A list of facts written by index over a backing array that is never emptied: `length = 0` makes V8 drop an
 * array's store, so a reused array cleared so was regrown by every set-up (≈ 150 B, twice per pod).
 */
export class FactList {
  private readonly items: unknown[] = [];
  private size = 0;

  clear(): void {
    this.size = 0;
  }

  push(fact: unknown): void {
    this.items[this.size++] = fact;
  }

  /** Whether `kept` (a `copy` of an earlier list) holds the same values, compared with `Object.is`. */
  equals(kept: readonly unknown[]): boolean {
    if (kept.length !== this.size) return false;
    for (let i = 0; i < kept.length; i++) if (!Object.is(kept[i], this.items[i])) return false;
    return true;
  }

  /**
   * The facts to keep for a projection on node `key`: the list last kept there when it holds the same values
   * (the replicas on a node read the same node, ServiceAccount and ConfigMaps), else an exact-size copy, kept
   * from now on (a pushed array keeps 17 slots for the pod's life). Shared lists are only read.
   */
  keep(memo: BoundedMemo<string, readonly unknown[]>, key: string): readonly unknown[] {
    const known = memo.get(key);
    if (known !== undefined && this.equals(known)) return known;
    return memo.set(key, this.items.slice(0, this.size));
  }
}

/** How many nodes' last facts a plugin remembers; past that it starts over (`BoundedMemo`), sharing less for a while. */
const KEPT_FACTS_NODES = 16_384;

/**
 * The facts of the set-up in progress: every pod sync of a pod with config volumes gathers them (most only to
 * find them unchanged), into this one list; a set-up that projects keeps its values (`keep`). Set-ups never
 * interleave (nothing they call calls back into the plugin).
 */
const FACTS = new FactList();

function downwardItemFacts(pod: Pod, items: readonly DownwardAPIVolumeFile[] | undefined, node: Node | undefined, facts: FactList): void {
  for (let i = 0; items !== undefined && i < items.length; i++) downwardFacts(pod, items[i] as DownwardAPIVolumeFile, node, facts);
}

/** What one downward API item reads (`downward-api.ts`): the status addresses, the spec, or a metadata map. */
function downwardFacts(pod: Pod, item: DownwardAPIVolumeFile, node: Node | undefined, facts: FactList): void {
  if (item.resourceFieldRef) {
    facts.push(pod.spec);
    facts.push(node?.status?.allocatable);
  }
  const path = item.fieldRef?.fieldPath ?? '';
  if (path.startsWith('status.')) {
    facts.push(pod.status?.hostIP);
    facts.push(pod.status?.hostIPs);
    facts.push(pod.status?.podIP);
    facts.push(pod.status?.podIPs);
  } else if (path.startsWith('spec.')) facts.push(pod.spec);
  else if (path.startsWith('metadata.labels')) facts.push(pod.metadata.labels);
  else if (path.startsWith('metadata.annotations')) facts.push(pod.metadata.annotations);
}

/**
 * Brings the directory from `before` (a payload as `writePayload` last returned it) to `after`, touching only
 * what changed. Returns what is now on disk, flat: an unchanged file keeps its `before` content, so a
 * re-projection retains no second copy of it.
 */
export function writePayload<Mount>(dir: VolumeDirectory<Mount>, before: OnDisk, after: Payload): OnDisk {
  // The first projection into a new directory has nothing to compare with or replace.
  const fresh = before.length === 0 && dir.list('').length === 0;
  for (let i = 0; i < before.length; i += 2) if (!after.has(before[i] as string)) dir.remove(before[i] as string);
  const written = new Array<string | FileContent>(after.size * 2);
  // In a fresh directory a path can be taken only by a parent made for an earlier path.
  let madeParents = false;
  let at = 0;
  // By key, then value: an entries walk makes a [path, file] pair per file.
  for (const path of after.keys()) {
    const file = after.get(path)!;
    const old = fresh ? undefined : contentAt(before, path);
    const same = old !== undefined && sameContent(old, file.content);
    written[at++] = path;
    written[at++] = same ? old : file.content;
    if (same && dir.kindAt(path) === 'file') continue;
    if (!fresh || madeParents) dir.remove(path);
    const parent = path.slice(0, Math.max(path.lastIndexOf('/'), 0));
    if (parent) {
      dir.mkdir(parent);
      madeParents = true;
    }
    dir.writeFile(path, file.content);
  }
  return written;
}

function contentAt(files: OnDisk, path: string): FileContent | undefined {
  for (let i = 0; i < files.length; i += 2) if (files[i] === path) return files[i + 1] as FileContent;
  return undefined;
}

function sameContent(a: FileContent, b: FileContent): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a.sameAs(b);
}
