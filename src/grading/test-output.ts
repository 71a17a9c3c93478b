/**
 * The words a student reads under a test: for a failure, the step that did not hold and why, in plain
 * terms. The After hook attaches a fuller explanation as plain text named `EXPLANATION_FILE_NAME` (built
 * by reports/failure-report.ts from the cluster's state; plain text so terminals and the HTML report show
 * it too); without one, the failed step's own message is used.
 */
import type { ScenarioOutcome } from './scenario-outcome';

export const EXPLANATION_FILE_NAME = 'why-it-failed.txt';
const MAX_OUTPUT = 4000;

export function testOutput(outcome: ScenarioOutcome): string {
  if (outcome.status === 'PASSED') return 'Passed.';
  const explanation = outcome.attachments.find((a) => a.fileName === EXPLANATION_FILE_NAME)?.body;
  const text = explanation ?? fallbackOutput(outcome);
  return text.length > MAX_OUTPUT ? `${text.slice(0, MAX_OUTPUT)}\n… (cut at ${MAX_OUTPUT} characters)` : text;
}

function fallbackOutput(outcome: ScenarioOutcome): string {
  const failed = outcome.steps.find((s) => s.status !== 'PASSED' && s.status !== 'SKIPPED');
  if (!failed) return `Not run (${outcome.status.toLowerCase()}).`;
  if (failed.status === 'UNDEFINED') return `The assignment uses a step kubespec does not know: "${failed.text}". This is a problem with the assignment, not the submission.`;
  const where = failed.text === 'hook' ? 'A hook failed' : `The step "${failed.text}" failed`;
  return `${where}:\n${withoutStack(failed.message ?? failed.status)}`;
}

/** Drops the JavaScript stack frames Cucumber appends to an error message: they mean nothing to a student. */
export function withoutStack(message: string): string {
  return message
    .split('\n')
    .filter((line) => !/^\s+at\s/.test(line))
    .join('\n')
    .trim();
}
