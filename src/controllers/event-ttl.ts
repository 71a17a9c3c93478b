/**
 * Events expire. kube-apiserver stores every Event with a TTL of `--event-ttl` (default 1h): the event
 * registry's TTLFunc returns it on each create and update (pkg/registry/core/event/storage/storage.go), the
 * etcd3 store attaches the key to an etcd lease of that TTL, and etcd deletes the key when the lease expires.
 * So an Event is gone about an hour after its *last* write: a series whose count keeps being bumped lives on.
 *
 * Leases are shared (staging/src/k8s.io/apiserver/pkg/storage/etcd3/lease_manager.go GetLease): a lease is
 * granted for TTL + reuse (reuse = min(5% of TTL, 60s), so 3,660s), and later writes reuse it while it still
 * outlives their own TTL by less than the reuse window, up to 1,000 keys. An Event therefore expires between
 * 3,600s and 3,660s after its last write, all keys of one lease at once — one clock event per lease.
 *
 * Not a controller: this is the storage layer. Expired keys are removed from the store as etcd removes them
 * (no API request, no admission), and watchers see the DELETED events.
 */
import type { ObjectStore, WatchEvent } from '../api';
import type { VirtualClock } from '../clock';

/** `--event-ttl`'s default. */
export const EVENT_TTL_SECONDS = 3600;
/** defaultLeaseReuseDurationSeconds and the 5% newDefaultLeaseManager passes. */
const LEASE_REUSE_SECONDS = 60;
const LEASE_REUSE_PERCENT = 0.05;
/** defaultLeaseMaxObjectCount. */
const LEASE_MAX_OBJECTS = 1000;

export interface Lease {
  readonly id: number;
  readonly expiresAt: number;
}

/** leaseManager.GetLease on the virtual clock. */
export class LeaseManager {
  private previous: Lease | undefined;
  private attached = 0;
  private nextId = 1;

  getLease(now: number, ttlSeconds: number): Lease {
    const reuseSeconds = Math.min(Math.trunc(LEASE_REUSE_PERCENT * ttlSeconds), LEASE_REUSE_SECONDS);
    const previous = this.previous;
    // "We count all operations that happened in the same lease, regardless of success or failure."
    this.attached++;
    const valid = previous !== undefined && now + ttlSeconds * 1000 < previous.expiresAt;
    // A real clock has always moved on since the lease was granted; virtual time stands still within an instant.
    const sufficient = previous !== undefined && now + (ttlSeconds + reuseSeconds) * 1000 >= previous.expiresAt;
    if (valid && sufficient && this.attached <= LEASE_MAX_OBJECTS) return previous!;
    this.previous = { id: this.nextId++, expiresAt: now + (ttlSeconds + reuseSeconds) * 1000 };
    this.attached = 1;
    return this.previous;
  }
}

/**
 * The Events written while a lease was current: a flat list of (name, resourceVersion) per write, in write
 * order, each run of one namespace after a (NAMESPACE, namespace) pair — Events mostly share the namespace of
 * the one before (a Deployment's pods'), so it is not repeated per write. A key moves to a later lease when it
 * is written again, yet nothing is unfiled on a write: at expiry an Event is deleted only at the entry of its
 * current resourceVersion, its last write — a later write, a delete or a re-create leaves it to a later lease.
 * Two slots per write (≈ 16 B; the full-size run keeps ≈ 750,000 Events), no key string, map entry or object.
 */
type LeaseKeys = (string | number | undefined)[];

/** Marks the next slot as the namespace of the writes that follow: resourceVersions are positive, names strings. */
const NAMESPACE = -1;
/** Attaches each Event write to a lease and deletes the Events still attached when their lease expires. */
export class EventTtl {
  private readonly leases = new LeaseManager();
  private readonly attached = new Map<number, LeaseKeys>();
  /** The list of the lease last written to, and the namespace its last entries are in. */
  private current: LeaseKeys | undefined = undefined;
  private currentNamespace: string | undefined = undefined;

  constructor(
    private readonly store: Pick<ObjectStore, 'watch' | 'remove' | 'get'>,
    private readonly clock: VirtualClock,
    private readonly ttlSeconds = EVENT_TTL_SECONDS,
  ) {}

  install(): void {
    this.store.watch('Event', (event) => this.observe(event));
  }

  private observe(event: WatchEvent): void {
    if (event.type === 'DELETED') return;
    const lease = this.leases.getLease(this.clock.now(), this.ttlSeconds);
    let keys = this.attached.get(lease.id);
    if (!keys) {
      this.attached.set(lease.id, (keys = []));
      this.clock.scheduleAt(lease.expiresAt, `etcd lease ${lease.id} of Events expires`, () => this.expire(lease.id));
    }
    const { namespace, name, resourceVersion } = event.object.metadata;
    if (keys !== this.current || namespace !== this.currentNamespace) {
      keys.push(NAMESPACE, namespace);
      this.current = keys;
      this.currentNamespace = namespace;
    }
    keys.push(name, Number(resourceVersion));
  }

  /** Deletes the Events whose last write is on this lease, in the order of those writes. */
  private expire(id: number): void {
    const keys = this.attached.get(id) ?? [];
    this.attached.delete(id);
    if (keys === this.current) this.current = undefined;
    let namespace: string | undefined;
    for (let i = 0; i < keys.length; i += 2) {
      if (keys[i] === NAMESPACE) {
        namespace = keys[i + 1] as string | undefined;
        continue;
      }
      const name = keys[i] as string;
      const current = this.store.get('Event', namespace, name);
      if (current && Number(current.metadata.resourceVersion) === keys[i + 1]) this.store.remove('Event', namespace, name);
    }
  }
}
