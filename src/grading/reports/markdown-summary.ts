/**
 * The student-facing summary in Markdown: the total, a table of tests, and for each visible failure the
 * plain-words explanation. `@hidden` tests count in the total but show neither name nor details.
 */
import type { GradedTest, SubmissionGrade } from '../submission-grade';

export function toMarkdownSummary(grade: SubmissionGrade): string {
  const visible = grade.tests.filter((t) => t.visibility === 'visible');
  const withheld = grade.tests.filter((t) => t.visibility !== 'visible');
  const sections = [`# ${grade.submission}: ${grade.score} / ${grade.max_score} points\n`];
  if (grade.error) sections.push(`**This submission could not be graded.**\n\n${fence(grade.error)}`);
  if (grade.problems.length > 0) sections.push(`## Problems with the submission\n\n${grade.problems.map((p) => `- ${p}`).join('\n')}\n`);
  if (visible.length > 0) sections.push(table(visible));
  if (withheld.length > 0) sections.push(withheldLine(withheld));
  const failures = visible.filter((t) => !t.passed);
  if (failures.length > 0) sections.push(`## What went wrong\n\n${failures.map(failure).join('\n')}`);
  return `${sections.join('\n')}`;
}

function table(tests: readonly GradedTest[]): string {
  const rows = tests.map((t) => `| ${t.passed ? '✅' : '❌'} | ${cell(t.name)} | ${t.score} / ${t.max_score} |`);
  return ['| | Test | Points |', '|---|---|---|', ...rows, ''].join('\n');
}

export function withheldLine(tests: readonly GradedTest[]): string {
  const points = tests.reduce((n, t) => n + t.max_score, 0);
  return `${tests.length} hidden test${tests.length === 1 ? '' : 's'} (${points} point${points === 1 ? '' : 's'}) count toward the total; their details are shown after grades are published.\n`;
}

function failure(test: GradedTest): string {
  return `### ${test.name} (${test.score} / ${test.max_score})\n\n${fence(test.output)}`;
}

function fence(text: string): string {
  const ticks = text.includes('```') ? '~~~~' : '```';
  return `${ticks}\n${text}\n${ticks}\n`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
