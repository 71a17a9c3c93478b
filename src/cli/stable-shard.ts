/**
 * `--shard i/n`: a deterministic 1/n of the scenarios, chosen by a stable hash of each scenario's file
 * and name (FNV-1a, 32 bits), so the same scenario lands in the same shard on every machine and run,
 * however the other scenarios are ordered, filtered or added.
 */
import { UsageError } from './usage-error';

export interface Shard {
  /** 1-based, as Cucumber's own `--shard`. */
  readonly index: number;
  readonly total: number;
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || total < 1 || index < 1 || index > total) throw new UsageError(`--shard must be INDEX/TOTAL with 1 ≤ INDEX ≤ TOTAL, as in 2/4, not "${text}"`, 'run');
  return { index, total };
}

export function inShard(uri: string, name: string, shard: Shard): boolean {
  return fnv1a(`${uri.split('\\').join('/')}\u0000${name}`) % shard.total === shard.index - 1;
}

export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
