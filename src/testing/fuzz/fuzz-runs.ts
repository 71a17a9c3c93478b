/**
 * How many cases each property runs, and from which seed. The default run is short and always the same
 * (a fixed seed), so CI never flakes on a case it has not met before; `npm run fuzz` sets
 * `KUBESPEC_FUZZ_RUNS=N` (every default scaled by N / 100) and draws a fresh seed each time, which
 * fast-check prints with any counterexample; `KUBESPEC_FUZZ_SEED` replays one.
 */
import type fc from 'fast-check';

/** The seed of the default (CI) run. */
export const DEFAULT_FUZZ_SEED = 20250101;

export function fuzzParameters<T>(defaultRuns: number, environment: Readonly<Record<string, string | undefined>>): fc.Parameters<T> {
  const campaign = environment.KUBESPEC_FUZZ_RUNS !== undefined;
  const scale = Number(environment.KUBESPEC_FUZZ_RUNS ?? 100) / 100;
  const seed = environment.KUBESPEC_FUZZ_SEED !== undefined ? Number(environment.KUBESPEC_FUZZ_SEED) : campaign ? undefined : DEFAULT_FUZZ_SEED;
  return { numRuns: Math.max(1, Math.round(defaultRuns * scale)), ...(seed === undefined ? {} : { seed }) };
}
