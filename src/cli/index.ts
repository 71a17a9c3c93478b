/**
 * The `kubespec` command line (run | sim | grade | steps) over the grader, the kubectl emulator and the
 * cluster. The only layer allowed to read the wall clock, and only to report how long things took.
 */
export { main } from './main';
export { EXIT_PASSED, EXIT_FAILED, EXIT_USAGE, UsageError } from './usage-error';
export { readStepCatalog, parseStepFile, type StepArea, type StepPhrasing } from './step-catalog';
export { stepExamples, expressionToRegExp, synthesize, type StepExamples, type FeatureText } from './step-examples';
export { stepExamplesFromRepository } from './step-docs';
export { renderStepsMarkdown } from './steps-markdown';
export { renderEditorGlue } from './editor-glue';
export { inShard, parseShard, fnv1a, type Shard } from './stable-shard';
export type { CliIO } from './cli-io';
