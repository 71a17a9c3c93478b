/**
 * How many cases each property runs: a few seconds' worth by default, more under `npm run fuzz`
 * (`KUBESPEC_FUZZ_RUNS=N` multiplies every default by N / 100), and a fixed seed per run when
 * `KUBESPEC_FUZZ_SEED` is set, so a campaign's failure can be replayed.
 */
import type fc from 'fast-check';

export function fuzzParameters<T>(defaultRuns: number, environment: Readonly<Record<string, string | undefined>>): fc.Parameters<T> {
  const scale = Number(environment.KUBESPEC_FUZZ_RUNS ?? 100) / 100;
  const seed = environment.KUBESPEC_FUZZ_SEED === undefined ? undefined : Number(environment.KUBESPEC_FUZZ_SEED);
  return { numRuns: Math.max(1, Math.round(defaultRuns * scale)), ...(seed === undefined ? {} : { seed }), endOnFailure: false };
}
