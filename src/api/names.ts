/**
 * Generated names and hashes exactly as Kubernetes makes them (apiserver/pkg/storage/names,
 * apimachinery/pkg/util/rand.SafeEncodeString, pkg/controller.ComputeHash), fed by the cluster's
 * seeded generator so they are reproducible.
 */
import type { SeededRandom } from '../clock';

const MAX_GENERATED_NAME_LENGTH = 63 - 5;
const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

/** `generateName: web-` → `web-x2k4q` (base cut to 58 characters). */
export function generateName(base: string, random: SeededRandom): string {
  return `${base.slice(0, MAX_GENERATED_NAME_LENGTH)}${random.string(5)}`;
}

/** rand.SafeEncodeString: each character mapped into the vowel-free alphabet, so hashes never spell words. */
export function safeEncodeString(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += ALPHANUMS[text.charCodeAt(i) % ALPHANUMS.length];
  return out;
}

/** FNV-1a, 32 bit, over UTF-8 bytes. */
export function fnv32a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * controller.ComputeHash: FNV-32a of the pod template (Go prints it with `%#v`; kubespec hashes a canonical
 * JSON form instead, so values differ from a real cluster's while keeping every property that matters:
 * stable, template-determined, collision-count-aware, at most 10 safe characters).
 */
export function computeHash(template: unknown, collisionCount?: number): string {
  let text = canonicalJson(template);
  if (collisionCount !== undefined && collisionCount !== null) text += String(collisionCount);
  return safeEncodeString(String(fnv32a(text)));
}

/**
 * JSON with object keys sorted and undefined fields left out, for comparing and hashing. Controllers compare
 * a stored (frozen, so immutable) status with a computed one on every reconcile: a frozen object's text is
 * remembered, keyed weakly on the object, so it is built once per stored version.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object' || !Object.isFrozen(value)) return encode(value);
  let text = CANONICAL_TEXT.get(value);
  if (text === undefined) CANONICAL_TEXT.set(value, (text = encode(value)));
  return text;
}

const CANONICAL_TEXT = new WeakMap<object, string>();

function encode(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + encode(value[i]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  let out = '{';
  // Default sort: UTF-16 code unit order, as Go's encoding/json sorts map keys by bytes for ASCII keys.
  for (const key of Object.keys(record).sort()) {
    const child = record[key];
    if (child === undefined) continue;
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${encode(child)}`;
  }
  return `${out}}`;
}
