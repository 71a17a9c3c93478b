/**
 * `shareEqual` (src/api/deep-freeze.ts) for a freshly generated pod status: the same result — `old` itself
 * when the status is semantically equal to it, otherwise the new status with every subtree equal to `old`'s
 * at the same place replaced by `old`'s — but the new records are the generated ones, their fields shared
 * in place, rather than copies.
 *
 * Why: the stored status and each stored container status live as long as the pod. Generation builds them
 * as whole literals (every field inside the object); `shareEqual` copies a changed record by a spread, and
 * that spread site sees every kind's shapes, so V8 clones generically: four fields inside the copy, the rest
 * in a PropertyArray (64 B per record, two per pod). Below the container statuses, `shareEqual` runs as usual.
 * The generated records are this write's own (nothing else holds them yet) and have no undefined fields.
 */
import { shareEqual } from '../../api';
import type { ContainerStatus, PodStatus } from '../../api/schemas';

type Fields = Record<string, unknown>;

export function shareStatus(next: PodStatus, old: PodStatus): PodStatus {
  return shareFields(next as Fields, old as Fields, shareStatusField) as PodStatus;
}

function shareStatusField(key: string, value: unknown, old: unknown): unknown {
  if (key === 'containerStatuses' || key === 'initContainerStatuses') return shareStatuses(value as ContainerStatus[], old);
  return shareEqual(value, old);
}

function shareValue(_key: string, value: unknown, old: unknown): unknown {
  return shareEqual(value, old);
}

/** shareArray's result for a list of generated container statuses: `old` when every entry is old's. */
function shareStatuses(next: ContainerStatus[], old: unknown): unknown {
  if (!Array.isArray(old)) return next;
  let same = next.length === old.length;
  for (let i = 0; i < next.length; i++) {
    const before: unknown = old[i];
    const shared = before !== null && typeof before === 'object' && !Array.isArray(before) ? shareFields(next[i] as Fields, before as Fields, shareValue) : next[i]!;
    next[i] = shared as ContainerStatus;
    if (shared !== before) same = false;
  }
  return same ? old : next;
}

/**
 * shareRecord in place: each field of `next` becomes `old`'s where equal; `old` itself when every field is
 * and they have as many defined fields.
 */
function shareFields(next: Fields, old: Fields, shareField: (key: string, value: unknown, old: unknown) => unknown): Fields {
  let differs = false;
  let count = 0;
  for (const key in next) {
    const value = next[key];
    if (value === undefined) continue;
    count++;
    const before = old[key];
    const shared = shareField(key, value, before);
    if (shared !== value) next[key] = shared;
    if (shared !== before) differs = true;
  }
  if (differs) return next;
  for (const key in old) if (old[key] !== undefined) count--;
  return count === 0 ? old : next;
}
