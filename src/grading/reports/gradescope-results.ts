/**
 * Gradescope's autograder `results.json` (https://gradescope-autograders.readthedocs.io/en/latest/specs/):
 * `score`, `max_score`, `output`, and one test per scenario with `name`, `score`, `max_score`, `status`,
 * `output` and `visibility` (`hidden` tests are shown to students only by Gradescope's own rules).
 */
import type { SubmissionGrade } from '../submission-grade';
import type { Visibility } from '../scenario-points';

export interface GradescopeTest {
  name: string;
  score: number;
  max_score: number;
  status: 'passed' | 'failed';
  output: string;
  visibility: Visibility;
}

export interface GradescopeResults {
  score: number;
  max_score: number;
  output: string;
  tests: GradescopeTest[];
}

export function toGradescopeResults(grade: SubmissionGrade): GradescopeResults {
  return {
    score: grade.score,
    max_score: grade.max_score,
    output: overallOutput(grade),
    tests: grade.tests.map((t) => ({ name: t.name, score: t.score, max_score: t.max_score, status: t.passed ? 'passed' : 'failed', output: t.output, visibility: t.visibility })),
  };
}

function overallOutput(grade: SubmissionGrade): string {
  const lines = [`${grade.score} / ${grade.max_score} points`];
  if (grade.error) lines.push(`The submission could not be graded: ${grade.error}`);
  if (grade.problems.length > 0) lines.push('Problems with the submission:', ...grade.problems.map((p) => `- ${p}`));
  return lines.join('\n');
}
