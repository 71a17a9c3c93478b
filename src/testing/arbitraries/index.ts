/**
 * fast-check arbitraries for kubespec's own tests: values walked from the zod schemas, manifests (valid,
 * enriched, near-valid), kubectl command lines from a grammar of the implemented verbs, and sessions mixing
 * them with clock advances.
 */
import fc from 'fast-check';
import type { SessionStep } from '../fuzz/kubectl-session';
import { kubectlLine } from './kubectl-line-arbitrary';
import { manifestYaml } from './manifest-arbitrary';

export { arbitraryFromSchema, type SchemaWalkOptions } from './schema-arbitrary';
export { manifest, manifestYaml, deepMerge, kindName } from './manifest-arbitrary';
export { mutated, pathsOf } from './mutations';
export { kubectlLine } from './kubectl-line-arbitrary';
export { SKELETONS } from './skeletons';

export const sessionStep: fc.Arbitrary<SessionStep> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom('kubectl apply -f -', 'kubectl create -f -', 'kubectl replace -f -'), manifestYaml).map(([line, stdin]) => ({ line, stdin })) },
  { weight: 5, arbitrary: kubectlLine.map((line) => ({ line })) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 180_000 }).map((advanceMs) => ({ advanceMs })) },
);
