/**
 * Scores one submission from the scenarios its run produced: each scenario is a test worth its
 * `@points:N` (default 1), earned in full when the scenario passed and not at all otherwise.
 */
import type { ScenarioOutcome } from './scenario-outcome';
import { pointsOf, visibilityOf, type Visibility } from './scenario-points';
import { testOutput } from './test-output';

export interface GradedTest {
  /** `Feature › Scenario`, as students see it. */
  readonly name: string;
  readonly uri: string;
  readonly line: number;
  readonly passed: boolean;
  readonly score: number;
  readonly max_score: number;
  /** Plain words: what failed and why (empty details for a passed test). */
  readonly output: string;
  readonly visibility: Visibility;
  /** The swimlane picture of the scenario's timeline, when the run attached one. */
  readonly svg?: string;
}

export interface SubmissionGrade {
  /** The submission folder's name. */
  readonly submission: string;
  readonly score: number;
  readonly max_score: number;
  readonly tests: readonly GradedTest[];
  /** Problems with the submission itself (huge or unreadable files), shown above the tests. */
  readonly problems: readonly string[];
  /** Why the submission could not be graded at all (its score is then 0 of max_score). */
  readonly error?: string;
}

export function gradeOutcomes(submission: string, outcomes: readonly ScenarioOutcome[], problems: readonly string[] = []): SubmissionGrade {
  const tests = [...outcomes].sort(byLocation).map((o) => withProblems(gradeScenario(o), problems));
  return { submission, score: round(sum(tests.map((t) => t.score))), max_score: round(sum(tests.map((t) => t.max_score))), tests, problems };
}

/** A submission that could not run: every test the suite would have run scores 0 with the reason. */
export function failedSubmission(submission: string, error: string, maxScore: number, problems: readonly string[] = []): SubmissionGrade {
  return { submission, score: 0, max_score: maxScore, tests: [], problems, error };
}

function gradeScenario(outcome: ScenarioOutcome): GradedTest {
  const points = pointsOf(outcome.tags);
  const passed = outcome.status === 'PASSED';
  const svg = outcome.attachments.find((a) => a.mediaType === 'image/svg+xml')?.body;
  return {
    name: outcome.featureName ? `${outcome.featureName} › ${outcome.name}` : outcome.name,
    uri: outcome.uri,
    line: outcome.line,
    passed,
    score: passed ? points : 0,
    max_score: points,
    output: testOutput(outcome),
    visibility: visibilityOf(outcome.tags),
    ...(svg === undefined ? {} : { svg }),
  };
}

/** A failure that read a file the submission check flagged gets that note: "missing" may really mean "a link out". */
function withProblems(test: GradedTest, problems: readonly string[]): GradedTest {
  if (test.passed) return test;
  const related = problems.filter((p) => test.output.includes(`"${p.split(' ')[0]}"`));
  return related.length === 0 ? test : { ...test, output: `${test.output}\n\nAbout your files:\n${related.map((p) => `  ${p}`).join('\n')}` };
}

function byLocation(a: ScenarioOutcome, b: ScenarioOutcome): number {
  return a.uri === b.uri ? a.line - b.line : a.uri < b.uri ? -1 : 1;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Points may be decimals (`@points:0.5`); keep sums free of floating-point dust. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
