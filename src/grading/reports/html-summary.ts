/**
 * The student-facing summary as one self-contained HTML page: the same content as the Markdown summary,
 * plus each visible failure's timeline swimlane (inline SVG) so a student can see what their pods did.
 */
import type { GradedTest, SubmissionGrade } from '../submission-grade';
import { withheldLine } from './markdown-summary';
import { escapeXml as esc } from './timeline-svg';

const STYLE = 'body{font-family:system-ui,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:4px 8px;text-align:left}pre{background:#f6f8fa;padding:8px;overflow:auto;white-space:pre-wrap}.passed{color:#2e7d32}.failed{color:#c62828}';

export function toHtmlSummary(grade: SubmissionGrade): string {
  const visible = grade.tests.filter((t) => t.visibility === 'visible');
  const withheld = grade.tests.filter((t) => t.visibility !== 'visible');
  const parts = [`<h1>${esc(grade.submission)}: ${grade.score} / ${grade.max_score} points</h1>`];
  if (grade.error) parts.push(`<p><strong>This submission could not be graded.</strong></p><pre>${esc(grade.error)}</pre>`);
  if (grade.problems.length > 0) parts.push(`<h2>Problems with the submission</h2><ul>${grade.problems.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>`);
  if (visible.length > 0) parts.push(table(visible));
  if (withheld.length > 0) parts.push(`<p>${esc(withheldLine(withheld))}</p>`);
  const failures = visible.filter((t) => !t.passed);
  if (failures.length > 0) parts.push('<h2>What went wrong</h2>', ...failures.map(failure));
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${esc(grade.submission)} — kubespec grade</title><style>${STYLE}</style></head>\n<body>\n${parts.join('\n')}\n</body></html>\n`;
}

function table(tests: readonly GradedTest[]): string {
  const rows = tests.map((t) => `<tr><td class="${t.passed ? 'passed' : 'failed'}">${t.passed ? '✔ passed' : '✘ failed'}</td><td>${esc(t.name)}</td><td>${t.score} / ${t.max_score}</td></tr>`);
  return `<table><tr><th></th><th>Test</th><th>Points</th></tr>${rows.join('')}</table>`;
}

function failure(test: GradedTest): string {
  const picture = test.svg ? `<details><summary>Timeline</summary>${test.svg}</details>` : '';
  return `<h3>${esc(test.name)} (${test.score} / ${test.max_score})</h3><pre>${esc(test.output)}</pre>${picture}`;
}
