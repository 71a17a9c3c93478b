/**
 * slowStartBatch (pkg/controller/replicaset/replica_set.go): creates go out in batches of 1, 2, 4, 8, ...
 * so that a systematic failure (a quota, a bad template) costs one request rather than hundreds.
 * `slowStartBatch(i)` is the batch of the i-th create (0-based): 0 | 1 1 | 2 2 2 2 | 3 ...
 */
export function slowStartBatch(index: number): number {
  return Math.floor(Math.log2(index + 1));
}
