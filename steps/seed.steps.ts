/**
 * Seeds: a scenario runs with the run's seed (world parameter `seed`, `kubespec run --seed N`) unless it is
 * tagged `@seed:N`. A failing scenario reports its seed, so the failure can be replayed exactly; with the
 * world parameter `timelineDigest`, every scenario attaches the digest of its timeline (determinism checks).
 */
import { After, Before, Status } from '@cucumber/cucumber';
import { timelineDigest } from '../src/cluster';
import type { KubeWorld } from './world';

/** `@seed:42` → 42; other tags → undefined. */
export function seedFromTag(tag: string): number | undefined {
  const match = /^@seed:(.*)$/.exec(tag);
  if (!match) return undefined;
  if (!/^-?\d+$/.test(match[1]!) || !Number.isSafeInteger(Number(match[1]))) throw new Error(`invalid seed tag ${tag}: write @seed:N with an integer N`);
  return Number(match[1]);
}

Before(function (this: KubeWorld, { pickle }) {
  for (const tag of pickle.tags) this.seed = seedFromTag(tag.name) ?? this.seed;
});

After(function (this: KubeWorld, { result }) {
  if (result?.status === Status.FAILED) this.attach(`seed: ${this.seed} (replay with the tag @seed:${this.seed} or kubespec run --seed ${this.seed})`, 'text/plain');
  if (this.parameters.timelineDigest && this.hasCluster) this.attach(`timeline sha256: ${timelineDigest(this.cluster.timeline.all())}`, 'text/plain');
});
