/** Examples for docs/steps.md, from the feature files shipped with kubespec (features/ and examples/). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KUBESPEC_ROOT } from './kubespec-root';
import type { StepArea } from './step-catalog';
import { stepExamples, type FeatureText, type StepExamples } from './step-examples';

export function stepExamplesFromRepository(areas: readonly StepArea[]): Map<string, StepExamples> {
  const features = ['features', 'examples'].flatMap((dir) => featureFiles(join(KUBESPEC_ROOT, dir)));
  const phrasings = areas.flatMap((a) => a.steps);
  const examples = stepExamples(phrasings, features);
  return new Map(phrasings.map((p, i) => [p.en, examples[i]!]));
}

function featureFiles(dir: string): FeatureText[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  } catch {
    return []; // a kubespec installed without its features/ or examples/ folders: examples are made up instead
  }
  return entries.flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return featureFiles(path);
    return e.name.endsWith('.feature') ? [{ path, text: readFileSync(path, 'utf8') }] : [];
  });
}
