// Writes docs/steps.md from the step definitions (steps/*.steps.ts), with an example of each phrasing in
// English and zh-CN taken from features/ and examples/, and docs/editor/kubespec-steps.ts, which lets the
// Cucumber language server complete the steps in editors. Run with `npm run docs:steps`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readStepCatalog, renderEditorGlue, renderStepsMarkdown, stepExamplesFromRepository } from '../src/cli';

const root = join(__dirname, '..');
const areas = readStepCatalog(join(root, 'steps'));
writeFileSync(join(root, 'docs', 'steps.md'), renderStepsMarkdown(areas, stepExamplesFromRepository(areas)));
mkdirSync(join(root, 'docs', 'editor'), { recursive: true });
writeFileSync(join(root, 'docs', 'editor', 'kubespec-steps.ts'), renderEditorGlue(areas));
process.stdout.write(`docs/steps.md: ${areas.reduce((n, a) => n + a.steps.length, 0)} phrasings in ${areas.length} areas\n`);
