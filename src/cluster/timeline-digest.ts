/**
 * A fingerprint of everything a cluster did: the SHA-256 of its timeline (virtual instant, entry type,
 * object and summary of every entry, in order). Two runs with the same manifests, steps and seed must give
 * the same digest; the determinism tests and `--world-parameters '{"timelineDigest":true}'` compare them.
 */
import { createHash } from 'node:crypto';
import type { TimelineEntry } from '../api';

export function timelineDigest(entries: readonly TimelineEntry[]): string {
  const hash = createHash('sha256');
  for (const e of entries) hash.update(`${e.at} ${e.type} ${e.object} ${e.text}\n`);
  return hash.digest('hex');
}
