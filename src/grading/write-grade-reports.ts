/**
 * Writes one submission's grade as files: `results.json` (Gradescope), `junit.xml`, and the student's
 * `summary.md` and `summary.html`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toGradescopeResults, toHtmlSummary, toJUnitXml, toMarkdownSummary } from './reports';
import type { SubmissionGrade } from './submission-grade';

export const GRADE_REPORT_FILES = ['results.json', 'junit.xml', 'summary.md', 'summary.html'] as const;

export function writeGradeReports(grade: SubmissionGrade, outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(toGradescopeResults(grade), null, 2)}\n`);
  writeFileSync(join(outDir, 'junit.xml'), toJUnitXml([grade]));
  writeFileSync(join(outDir, 'summary.md'), toMarkdownSummary(grade));
  writeFileSync(join(outDir, 'summary.html'), toHtmlSummary(grade));
}
