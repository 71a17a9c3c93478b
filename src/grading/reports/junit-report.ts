/**
 * The grade as JUnit XML (one testsuite per submission, one testcase per scenario), for CI systems and
 * LMS plugins that read JUnit. A submission that could not be graded is one `<error>` testcase.
 */
import type { GradedTest, SubmissionGrade } from '../submission-grade';
import { escapeXml } from './timeline-svg';

export function toJUnitXml(grades: readonly SubmissionGrade[]): string {
  const suites = grades.map(testsuite).join('\n');
  const tests = grades.reduce((n, g) => n + caseCount(g), 0);
  const failures = grades.reduce((n, g) => n + g.tests.filter((t) => !t.passed).length, 0);
  const errors = grades.filter((g) => g.error).length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="kubespec grade" tests="${tests}" failures="${failures}" errors="${errors}">\n${suites}\n</testsuites>\n`;
}

function testsuite(grade: SubmissionGrade): string {
  const failures = grade.tests.filter((t) => !t.passed).length;
  const cases = grade.error ? [errorCase(grade.error)] : grade.tests.map(testcase);
  const properties = `    <properties>\n      <property name="score" value="${grade.score}"/>\n      <property name="max_score" value="${grade.max_score}"/>\n    </properties>`;
  return `  <testsuite name="${attr(grade.submission)}" tests="${caseCount(grade)}" failures="${failures}" errors="${grade.error ? 1 : 0}">\n${properties}\n${cases.join('\n')}\n  </testsuite>`;
}

function testcase(test: GradedTest): string {
  const open = `    <testcase classname="${attr(test.uri)}" name="${attr(`${test.name} (${test.score}/${test.max_score} points)`)}" time="0"`;
  if (test.passed) return `${open}/>`;
  const firstLine = test.output.split('\n')[0] ?? '';
  return `${open}>\n      <failure message="${attr(firstLine)}">${escapeXml(test.output)}</failure>\n    </testcase>`;
}

function errorCase(error: string): string {
  return `    <testcase classname="kubespec" name="grading" time="0">\n      <error message="${attr(error.split('\n')[0] ?? '')}">${escapeXml(error)}</error>\n    </testcase>`;
}

function caseCount(grade: SubmissionGrade): number {
  return grade.error ? 1 : grade.tests.length;
}

function attr(value: string): string {
  return escapeXml(value).replace(/\n/g, '&#10;');
}
