import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readStepCatalog, renderEditorGlue, renderStepsMarkdown, stepExamplesFromRepository } from '../src/cli';

// The step reference is generated (generate-step-docs.ts); this keeps it from drifting from the steps.
test('docs/steps.md and the editor glue are what `npm run docs:steps` writes today', () => {
  const root = join(__dirname, '..');
  const areas = readStepCatalog(join(root, 'steps'));
  const stale = 'is out of date: run `npm run docs:steps`';
  assert.equal(readFileSync(join(root, 'docs', 'steps.md'), 'utf8'), renderStepsMarkdown(areas, stepExamplesFromRepository(areas)), `docs/steps.md ${stale}`);
  assert.equal(readFileSync(join(root, 'docs', 'editor', 'kubespec-steps.ts'), 'utf8'), renderEditorGlue(areas), `docs/editor/kubespec-steps.ts ${stale}`);
});
