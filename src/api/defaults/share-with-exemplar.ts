/**
 * Hash-consing of new objects against a stored one of the same making: pods created from one template are
 * identical but for their names, uids, timestamps and the `kube-api-access-xxxxx` volume, so a new pod keeps
 * the earlier pod's frozen subtrees wherever it equals them (labels, ownerReferences, tolerations, resources,
 * securityContext, the projected volume's sources, the initial status...). Shared subtrees cost no memory per
 * pod, are not frozen again by the store, and validators skip frozen subtrees they already found valid
 * (`validation/valid-subtrees.ts`). No canonical text is built: one walk compares the two objects in place.
 */

type Fields = Record<string, unknown>;

const hasOwn = (record: Fields, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

/**
 * `next` with every subtree that equals the frozen `exemplar`'s subtree at the same place replaced by it;
 * `exemplar` itself when all of `next` equals it. Equality is exact and order-sensitive (same keys in the same
 * order, fields set to undefined included, same values), so every encoding of the result — JSON, YAML, field
 * order — is the one `next` had. `next`'s own unfrozen objects are updated in place (they must belong to the
 * caller: the create pipeline builds them fresh); frozen ones are never written.
 */
export function shareWithExemplar<T>(next: T, exemplar: unknown): T {
  if (next === exemplar || next === null || typeof next !== 'object') return next;
  if (exemplar === null || typeof exemplar !== 'object' || !Object.isFrozen(exemplar)) return next;
  if (Array.isArray(next)) return Array.isArray(exemplar) ? (shareArray(next, exemplar) as T) : next;
  if (Array.isArray(exemplar)) return next;
  return shareRecord(next as Fields, exemplar as Fields) as T;
}

function shareArray(next: unknown[], exemplar: readonly unknown[]): unknown[] | readonly unknown[] {
  const writable = !Object.isFrozen(next);
  let same = next.length === exemplar.length;
  const shared = Math.min(next.length, exemplar.length);
  for (let i = 0; i < shared; i++) {
    const value = shareWithExemplar(next[i], exemplar[i]);
    if (value !== exemplar[i]) same = false;
    else if (writable && value !== next[i]) next[i] = value;
  }
  return same ? exemplar : next;
}

function shareRecord(next: Fields, exemplar: Fields): Fields {
  const writable = !Object.isFrozen(next);
  const keys = Object.keys(next);
  const exemplarKeys = Object.keys(exemplar);
  let same = keys.length === exemplarKeys.length;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (!hasOwn(exemplar, key)) {
      same = false;
      continue;
    }
    const value = shareWithExemplar(next[key], exemplar[key]);
    if (value !== exemplar[key] || exemplarKeys[i] !== key) same = false;
    if (writable && value !== next[key]) next[key] = value;
  }
  return same ? exemplar : next;
}
