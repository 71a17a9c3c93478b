/**
 * `kubespec grade SUITE --submission DIR...`: grades each submission in-process, one after another, and
 * writes its reports; a submission that cannot be graded gets 0 and its reason, and the batch goes on.
 * The wall clock is read here only to tell the teacher how long grading took.
 */
import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_MAX_VIRTUAL_TIME_MS, Grader, SuiteError, writeGradeReports, type SubmissionGrade } from '../grading';
import { out, type CliIO } from './cli-io';
import { durationOption } from './duration-option';
import { HELP } from './help-text';
import { integerOption, parseOptions, stringOption, stringsOption, type ParsedOptions } from './parse-options';
import { requireExistingPaths } from './paths';
import { EXIT_FAILED, EXIT_PASSED, UsageError } from './usage-error';

const OPTIONS = {
  submission: { kind: 'strings' },
  'submissions-in': { kind: 'strings' },
  out: { kind: 'string' },
  seed: { kind: 'string' },
  'max-virtual-time': { kind: 'string' },
  quiet: { kind: 'boolean', short: 'q' },
  help: { kind: 'boolean', short: 'h' },
} as const;

export async function gradeCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseOptions('grade', argv, OPTIONS);
  if (parsed.values.help) return (out(io, HELP.grade), EXIT_PASSED);
  const [suite, ...extra] = parsed.positionals;
  if (suite === undefined) throw new UsageError('give the assignment: kubespec grade SUITE --submission DIR', 'grade');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}" (give each submission with --submission)`, 'grade');
  requireExistingPaths([suite], io.cwd, 'grade', 'assignment');
  const submissions = submissionFolders(parsed, io.cwd);
  const grader = await createGrader(parsed, suite, io.cwd);
  const names = uniqueNames(submissions);
  const grades: SubmissionGrade[] = [];
  for (const [i, dir] of submissions.entries()) {
    const started = performance.now();
    const grade = await grader.grade(dir, names[i]);
    grades.push(grade);
    const outDir = reportFolder(parsed, io.cwd, names[i]!, submissions.length);
    writeGradeReports(grade, outDir);
    if (!parsed.values.quiet) out(io, `${gradeLine(grade)}  (${((performance.now() - started) / 1000).toFixed(1)}s) → ${outDir}\n`);
  }
  const full = grades.filter((g) => !g.error && g.score === g.max_score).length;
  out(io, `graded ${grades.length} submission${grades.length === 1 ? '' : 's'}: ${full} with full marks\n`);
  return full === grades.length ? EXIT_PASSED : EXIT_FAILED;
}

async function createGrader(parsed: ParsedOptions, suite: string, cwd: string): Promise<Grader> {
  const cap = stringOption(parsed, 'max-virtual-time');
  try {
    return await Grader.create({
      suite,
      cwd,
      seed: integerOption(parsed, 'seed', 'grade'),
      maxVirtualTimeMs: cap === undefined ? DEFAULT_MAX_VIRTUAL_TIME_MS : durationOption(cap, 'max-virtual-time', 'grade'),
    });
  } catch (error) {
    if (error instanceof SuiteError) throw new UsageError(error.message, 'grade');
    throw error;
  }
}

/** Missing submission folders are graded too (0 points and the reason), so they are not checked here. */
function submissionFolders(parsed: ParsedOptions, cwd: string): string[] {
  const parents = stringsOption(parsed, 'submissions-in');
  requireExistingPaths(parents, cwd, 'grade', 'folder');
  const inParents = parents.flatMap((parent) =>
    readdirSync(resolve(cwd, parent), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => join(parent, e.name))
      .sort(),
  );
  const all = [...stringsOption(parsed, 'submission'), ...inParents].map((dir) => resolve(cwd, dir));
  if (all.length === 0) throw new UsageError('give at least one --submission DIR (or --submissions-in DIR)', 'grade');
  return all;
}

/** Two folders both called `alice` (from different sections) get `alice` and `alice-2`. */
function uniqueNames(dirs: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return dirs.map((dir) => {
    const name = basename(dir);
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name}-${count}`;
  });
}

function reportFolder(parsed: ParsedOptions, cwd: string, name: string, count: number): string {
  const outDir = stringOption(parsed, 'out');
  if (outDir === undefined) return resolve(cwd, 'reports', 'grade', name);
  return count === 1 ? resolve(cwd, outDir) : resolve(cwd, outDir, name);
}

function gradeLine(grade: SubmissionGrade): string {
  const status = grade.error ? `not graded: ${grade.error}` : `${grade.tests.filter((t) => t.passed).length}/${grade.tests.length} tests passed`;
  return `${grade.submission}: ${grade.score} / ${grade.max_score} points, ${status}`;
}

