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
import { objectKey, type ObjectKey, type ObjectStore, type WatchEvent } from '../api';
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

interface AttachedKey {
  readonly namespace: string | undefined;
  readonly name: string;
}

/** Attaches each Event write to a lease and deletes the Events still attached when their lease expires. */
export class EventTtl {
  private readonly leases = new LeaseManager();
  /** Keys by lease id: a key moves to the current lease on each write. */
  private readonly keysOf = new Map<number, Map<ObjectKey, AttachedKey>>();
  private readonly leaseOf = new Map<ObjectKey, number>();

  constructor(
    private readonly store: Pick<ObjectStore, 'watch' | 'remove'>,
    private readonly clock: VirtualClock,
    private readonly ttlSeconds = EVENT_TTL_SECONDS,
  ) {}

  install(): void {
    this.store.watch('Event', (event) => this.observe(event));
  }

  private observe(event: WatchEvent): void {
    const { namespace, name } = event.object.metadata;
    const key = objectKey('Event', namespace, name);
    this.detach(key);
    if (event.type === 'DELETED') return;
    const lease = this.leases.getLease(this.clock.now(), this.ttlSeconds);
    let keys = this.keysOf.get(lease.id);
    if (!keys) {
      this.keysOf.set(lease.id, (keys = new Map()));
      this.clock.scheduleAt(lease.expiresAt, `etcd lease ${lease.id} of Events expires`, () => this.expire(lease.id));
    }
    keys.set(key, { namespace, name });
    this.leaseOf.set(key, lease.id);
  }

  private detach(key: ObjectKey): void {
    const id = this.leaseOf.get(key);
    if (id === undefined) return;
    this.leaseOf.delete(key);
    this.keysOf.get(id)?.delete(key);
  }

  private expire(id: number): void {
    const keys = this.keysOf.get(id);
    this.keysOf.delete(id);
    for (const [key, { namespace, name }] of keys ?? []) {
      this.leaseOf.delete(key);
      this.store.remove('Event', namespace, name);
    }
  }
}
