/**
 * The kubelet's static pod sources (`pkg/kubelet/config/file.go`, `http.go`) and mirror pods
 * (`pkg/kubelet/pod/mirror_client.go`, SyncPod's mirror handling). The manifest directory
 * (`/etc/kubernetes/manifests`) and an optional manifest URL are read every 20 seconds (fileCheckFrequency,
 * httpCheckFrequency): a new file starts a pod, a changed file replaces it (new UID), a removed file stops
 * it. Each sync of a static pod makes sure its mirror pod exists and is current, so deleting the mirror
 * through the API only makes the kubelet create it again — the containers keep running.
 * Simplification: inotify's near-instant reaction is folded into the 20s re-list.
 */
import { ApiError, type StoredObject, type WatchEvent } from '../../api';
import type { Node, Pod } from '../../api/schemas';
import type { ScheduledEventId } from '../../clock';
import type { KubeletDeps } from '../kubelet-deps';
import type { PodSource, PodWorker } from '../pod-sync/pod-worker';
import { CONFIG_MIRROR_ANNOTATION, mirrorPodFor, mirrorPodForbidden } from './mirror-pod';
import { readStaticPod, type ManifestOrigin } from './static-pod-file';

export const FILE_CHECK_FREQUENCY_MS = 20_000;
export const STATIC_POD_PATH = '/etc/kubernetes/manifests';

/** The part of the node agent the manager uses. */
export interface StaticPodHost {
  readonly nodeName: string;
  addWorker(source: PodSource, pod: Pod): PodWorker;
}

interface StaticPod {
  readonly key: string;
  readonly pod: Pod;
  readonly worker: PodWorker;
  removed: boolean;
}

export class StaticPodManager {
  private readonly pods = new Map<string, StaticPod>();
  private readonly firstSeen = new Map<string, number>();
  private timer: ScheduledEventId | undefined;
  /** The missing-directory message is logged once, not at every re-list. */
  private reportedMissing = false;
  manifestPath = STATIC_POD_PATH;
  manifestUrl: string | undefined;

  constructor(
    private readonly host: StaticPodHost,
    private readonly deps: KubeletDeps,
  ) {}

  start(): void {
    this.scan();
  }

  stop(): void {
    this.deps.clock.cancel(this.timer);
    this.timer = undefined;
  }

  /** Re-lists the sources now (a scenario wrote a file) and then every 20 seconds. */
  scan(): void {
    this.deps.clock.cancel(this.timer);
    const found = this.readSources();
    for (const [key, pod] of found) this.upsert(key, pod);
    for (const [key, entry] of this.pods) if (!found.has(key)) this.remove(key, entry);
    this.timer = this.deps.clock.schedule(FILE_CHECK_FREQUENCY_MS, `kubelet ${this.host.nodeName} static pods`, () => this.scan());
  }

  /** A mirror pod changed or went away: its static pod's next sync puts it right. */
  onMirrorEvent(event: WatchEvent): void {
    const hash = event.object.metadata.annotations?.[CONFIG_MIRROR_ANNOTATION];
    const entry = [...this.pods.values()].find((p) => p.pod.metadata.uid === hash && !p.removed);
    entry?.worker.requestSync(0);
  }

  workerForMirror(mirrorUid: string): PodWorker | undefined {
    const mirror = this.deps.api.store.list('Pod').find((p) => p.metadata.uid === mirrorUid);
    const hash = mirror?.metadata.annotations?.[CONFIG_MIRROR_ANNOTATION];
    return [...this.pods.values()].find((p) => p.pod.metadata.uid === hash)?.worker;
  }

  private readSources(): Map<string, Pod> {
    const found = new Map<string, Pod>();
    const files = this.deps.nodeFiles(this.host.nodeName);
    const entries = files?.list(this.manifestPath);
    if (files && entries === undefined && !this.reportedMissing) this.note(`path does not exist, ignoring: ${this.manifestPath}`);
    this.reportedMissing = entries === undefined;
    for (const name of (entries ?? []).filter((n) => !n.startsWith('.'))) {
      const path = `${this.manifestPath}/${name}`;
      const content = files?.read(path);
      if (content === undefined) this.note(`Not recursing into manifest path "${path}"`);
      else this.parse(found, `file:${path}`, content, { kind: 'file', location: path });
    }
    if (this.manifestUrl) this.readUrl(found, this.manifestUrl);
    return found;
  }

  private readUrl(found: Map<string, Pod>, url: string): void {
    const response = this.deps.fetchUrl(url);
    if (response.status !== 200) return this.note(`${url}: ${response.status}`);
    if (response.body.trim() === '') return this.note(`zero-length data received from ${url}`);
    this.parse(found, `http:${url}`, response.body, { kind: 'http', location: url });
  }

  private parse(found: Map<string, Pod>, key: string, content: string, origin: ManifestOrigin): void {
    const seen = this.firstSeen.get(key) ?? this.deps.clock.now();
    this.firstSeen.set(key, seen);
    const result = readStaticPod(this.deps.api, content, origin, this.host.nodeName, seen);
    // The kubelet logs the error and skips the file, so a pod whose file became invalid stops.
    if ('error' in result) return this.note(`Could not process manifest file: ${result.error}`);
    found.set(key, result.pod);
  }

  private upsert(key: string, pod: Pod): void {
    const existing = this.pods.get(key);
    if (existing?.pod.metadata.uid === pod.metadata.uid) return;
    if (existing) this.remove(key, existing);
    const entry: StaticPod = { key, pod, removed: false, worker: undefined as unknown as PodWorker };
    const source: PodSource = {
      pod: () => (entry.removed ? undefined : entry.pod),
      apiObject: () => this.mirrorOf(entry.pod),
      beforeSync: () => this.ensureMirror(entry.pod),
    };
    (entry as { worker: PodWorker }).worker = this.host.addWorker(source, pod);
    this.pods.set(key, entry);
    entry.worker.requestSync(0);
  }

  private remove(key: string, entry: StaticPod): void {
    entry.removed = true;
    this.pods.delete(key);
    this.firstSeen.delete(key);
    entry.worker.requestTermination();
  }

  private mirrorOf(pod: Pod): StoredObject<Pod> | undefined {
    const found = this.deps.api.store.get('Pod', pod.metadata.namespace, pod.metadata.name ?? '') as StoredObject<Pod> | undefined;
    return found?.metadata.annotations?.[CONFIG_MIRROR_ANNOTATION] === pod.metadata.uid ? found : undefined;
  }

  /** SyncPod: a mirror pod being deleted, or of an older version, is deleted and created anew. */
  private ensureMirror(pod: Pod): void {
    const api = this.deps.api;
    const existing = api.store.get('Pod', pod.metadata.namespace, pod.metadata.name ?? '');
    if (existing && (existing.metadata.deletionTimestamp || existing.metadata.annotations?.[CONFIG_MIRROR_ANNOTATION] !== pod.metadata.uid)) {
      if (existing.metadata.annotations?.[CONFIG_MIRROR_ANNOTATION] === undefined) return this.note(`a pod named ${pod.metadata.name} already exists; it is not this static pod's mirror`);
      api.delete('Pod', existing.metadata.namespace, existing.metadata.name, { gracePeriodSeconds: 0 });
    } else if (existing) return;
    const node = api.store.get('Node', undefined, this.host.nodeName) as StoredObject<Node> | undefined;
    const forbidden = mirrorPodForbidden(pod, this.host.nodeName);
    if (!node || forbidden) return this.note(`Failed creating a mirror pod: ${forbidden ?? 'node not found'}`);
    try {
      api.create(mirrorPodFor(pod, node));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      this.note(`Failed creating a mirror pod: ${error.message}`);
    }
  }

  private note(text: string): void {
    this.deps.timeline.record('note', `kubelet ${this.host.nodeName}`, text);
  }
}
