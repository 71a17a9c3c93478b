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
  return `${where}:\n${plainAssertionMessage(failed.message ?? failed.status)}`;
}

/**
 * An assertion message as a person would say it. Cucumber prints a chai failure as the step's own message,
 * chai's `: expected X to equal Y` clause, then a `+ expected - actual` diff. A step's message of several
 * lines (a YAML mismatch) already says it all, so the clause and diff go; a one-line message keeps its
 * words and gets the diff as `expected:` / `actual:` lines.
 */
export function plainAssertionMessage(message: string): string {
  const lines = withoutStack(message).split('\n');
  const diffAt = lines.findIndex((l) => /^\s*\+ expected - actual\s*$/.test(l));
  const head = (diffAt < 0 ? lines : lines.slice(0, diffAt)).join('\n').trim().replace(/^\w*Error:?\s*/, '');
  const diff = diffAt < 0 ? [] : lines.slice(diffAt + 1).map((l) => l.trim()).filter((l) => l !== '');
  const words = head.replace(/:?\s*expected .* to (?:not )?(?:deeply )?(?:equal|be|contain|include|match|have)\b[^\n]*$/, '').trim();
  if (diff.length === 0 || words.includes('\n')) return words || head;
  const side = (sign: string) => diff.filter((l) => l.startsWith(sign)).map((l) => l.slice(1)).join('\n          ');
  return `${words ? `${words}\n` : ''}expected: ${side('+')}\nactual:   ${side('-')}`;
}

/** Drops the JavaScript stack frames Cucumber appends to an error message: they mean nothing to a student. */
export function withoutStack(message: string): string {
  return message
    .split('\n')
    .filter((line) => !/^\s+at\s/.test(line))
    .join('\n')
    .trim();
}
