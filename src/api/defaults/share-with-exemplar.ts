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
 * caller: the create pipeline builds them fresh), its unfrozen arrays that differ replaced by exact-size
 * copies (so use the result); frozen ones are never written.
 *
 * Sharing reaches below a record or array that differs: its equal children and equal strings become the
 * exemplar's, so a pod whose container differs only in its `kube-api-access-xxxxx` mount keeps its own
 * container object but holds the exemplar's "web", "Always", "/dev/termination-log"... — JavaScript cannot
 * tell two equal strings apart, but each copy costs heap, and the create pipeline's copies of the template
 * (deepCopy, defaulting) can be separate strings.
 */
export function shareWithExemplar<T>(next: T, exemplar: unknown): T {
  if (typeof next === 'string') return next === exemplar ? (exemplar as T) : next;
  if (next === exemplar || next === null || typeof next !== 'object') return next;
  if (exemplar === null || typeof exemplar !== 'object' || !Object.isFrozen(exemplar)) return next;
  if (Array.isArray(next)) return Array.isArray(exemplar) ? (shareArray(next, exemplar) as T) : next;
  if (Array.isArray(exemplar)) return next;
  return shareRecord(next as Fields, exemplar as Fields) as T;
}

/**
 * A writable array that differs is returned as an exact-size copy: the create pipeline grows arrays by push
 * (the service-account volume and its mount), and a pushed array keeps room for 17 elements (≈150 B) that
 * the stored, frozen array never uses.
 */
function shareArray(next: unknown[], exemplar: readonly unknown[]): unknown[] | readonly unknown[] {
  const writable = !Object.isFrozen(next);
  let same = next.length === exemplar.length;
  const shared = Math.min(next.length, exemplar.length);
  for (let i = 0; i < shared; i++) {
    const value = shareWithExemplar(next[i], exemplar[i]);
    if (value !== exemplar[i]) same = false;
    // Written even when `===` holds (equal strings): the point is to hold the exemplar's copy.
    if (writable && (value === exemplar[i] || value !== next[i])) next[i] = value;
  }
  if (same) return exemplar;
  return writable ? next.slice() : next;
}

function shareRecord(next: Fields, exemplar: Fields): Fields {
  const writable = !Object.isFrozen(next);
  const exemplarKeys = keysOf(exemplar);
  let same = true;
  let i = 0;
  // for-in, not Object.keys: no array per record of every pod (JSON data has no inherited enumerable fields).
  for (const key in next) {
    if (exemplarKeys[i++] !== key) same = false;
    if (!hasOwn(exemplar, key)) {
      same = false;
      continue;
    }
    const value = shareWithExemplar(next[key], exemplar[key]);
    if (value !== exemplar[key]) same = false;
    // Written even when `===` holds (equal strings): the point is to hold the exemplar's copy.
    if (writable && (value === exemplar[key] || value !== next[key])) next[key] = value;
  }
  return same && i === exemplarKeys.length ? exemplar : next;
}

/** The keys of a frozen exemplar record, listed once: every pod of the template is compared with it. */
const EXEMPLAR_KEYS = new WeakMap<Fields, readonly string[]>();

function keysOf(exemplar: Fields): readonly string[] {
  let keys = EXEMPLAR_KEYS.get(exemplar);
  if (keys === undefined) EXEMPLAR_KEYS.set(exemplar, (keys = Object.keys(exemplar)));
  return keys;
}
