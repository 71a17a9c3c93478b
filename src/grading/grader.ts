/**
 * Grades submissions against an assignment: a folder of feature files whose `the file "x"` steps read
 * the student's folder. The suite is checked once (exists, parses, uses only known steps, valid
 * `@points:` tags), then each submission runs in-process against the same loaded step library, with
 * its own isolated clusters, a fixed seed and a virtual-time cap per scenario. Grading never throws
 * for a bad submission: the submission gets 0 points and the reason, and the batch goes on.
 */
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { QuietFeatureRunner } from './cucumber-runner';
import { formatSourceError, type ScenarioOutcome } from './scenario-outcome';
import { pointsOf } from './scenario-points';
import { checkSubmission, SubmissionFolderError } from './submission-check';
import { failedSubmission, gradeOutcomes, type SubmissionGrade } from './submission-grade';

export const DEFAULT_MAX_VIRTUAL_TIME_MS = 24 * 3600 * 1000;

export interface GraderOptions {
  /** The assignment: a folder of `.feature` files (or one file). */
  readonly suite: string;
  readonly cwd?: string;
  readonly seed?: number;
  /** Virtual time one scenario may simulate before it fails (default 24h). */
  readonly maxVirtualTimeMs?: number;
}

/** The assignment itself is broken (missing, unparsable, unknown steps): a teacher's problem. */
export class SuiteError extends Error {}

export class Grader {
  private constructor(
    private readonly runner: QuietFeatureRunner,
    private readonly options: GraderOptions,
    readonly scenarios: readonly ScenarioOutcome[],
    readonly maxScore: number,
  ) {}

  static async create(options: GraderOptions): Promise<Grader> {
    const cwd = options.cwd ?? process.cwd();
    if (!existsSync(resolve(cwd, options.suite))) throw new SuiteError(`the assignment "${options.suite}" does not exist`);
    const runner = await QuietFeatureRunner.create(cwd);
    const plan = await runner.run([options.suite], {}, true);
    const scenarios = checkSuite(options.suite, plan.outcomes, plan.sourceErrors.map(formatSourceError));
    return new Grader(runner, options, scenarios, scenarios.reduce((n, s) => n + pointsOf(s.tags), 0));
  }

  /** Grades one submission folder; `name` defaults to the folder's name. */
  async grade(submissionDir: string, name = basename(resolve(submissionDir))): Promise<SubmissionGrade> {
    let problems: string[] = [];
    try {
      problems = checkSubmission(submissionDir);
      const worldParameters = {
        submissionDir: resolve(submissionDir),
        seed: this.options.seed ?? 1,
        maxVirtualTimeMs: this.options.maxVirtualTimeMs ?? DEFAULT_MAX_VIRTUAL_TIME_MS,
      };
      const run = await this.runner.run([this.options.suite], worldParameters);
      return gradeOutcomes(name, run.outcomes, problems);
    } catch (error) {
      // A documented conversion: whatever stops one submission becomes its grade, so a batch never stops.
      const reason = error instanceof SubmissionFolderError ? error.message : `grading stopped unexpectedly: ${String((error as Error).message ?? error)}`;
      return failedSubmission(name, reason, this.maxScore, problems);
    }
  }
}

function checkSuite(suite: string, outcomes: readonly ScenarioOutcome[], parseErrors: readonly string[]): readonly ScenarioOutcome[] {
  if (parseErrors.length > 0) throw new SuiteError(`the assignment has syntax errors:\n${parseErrors.map((e) => `  ${e}`).join('\n')}`);
  if (outcomes.length === 0) throw new SuiteError(`the assignment "${suite}" has no scenarios`);
  const unknown = outcomes.flatMap((o) => o.steps.filter((s) => s.status === 'UNDEFINED').map((s) => `  ${o.uri}:${o.line}: "${s.text}"`));
  if (unknown.length > 0) throw new SuiteError(`the assignment uses steps kubespec does not define (run "kubespec steps" for the list):\n${unknown.join('\n')}`);
  const badPoints = outcomes.flatMap((o) => {
    try {
      pointsOf(o.tags);
      return [];
    } catch (error) {
      return [`  ${o.uri}:${o.line}: ${(error as Error).message}`];
    }
  });
  if (badPoints.length > 0) throw new SuiteError(`the assignment has invalid point tags:\n${badPoints.join('\n')}`);
  return outcomes;
}
