/**
 * Issue 8's speed goal: grade 100 submissions of a 10-scenario assignment, sequentially in-process and
 * with one `kubespec grade` worker process per core, and report wall time and scenarios per second.
 * Run: `npx ts-node bench/grading.ts [submissions]`.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { Grader } from '../src/grading';

const COURSE = join(__dirname, '..', 'examples', 'course', 'service-types');
const SUBMISSIONS = Number(process.argv[2] ?? 100);

/** Ten scenarios: the service-types assignment's four, plus six checks on the same objects. */
function writeAssignment(dir: string): void {
  cpSync(join(COURSE, 'assignment'), dir, { recursive: true });
  const checks = Array.from({ length: 6 }, (_, i) => `  Scenario: check ${i + 1}\n    Given a cluster with 1 node\n    When I apply the file "services.yaml"\n    Then "service/web" should exist\n`);
  writeFileSync(join(dir, 'extra.feature'), `Feature: Extra checks\n\n${checks.join('\n')}`);
}

/** Half correct, half wrong, dealt into one folder per worker. */
function writeSubmissions(dir: string, slices: number): { folders: string[]; students: string[] } {
  const folders = Array.from({ length: slices }, (_, i) => join(dir, `slice-${i}`));
  const students = Array.from({ length: SUBMISSIONS }, (_, i) => join(folders[i % slices]!, `student-${i}`));
  students.forEach((student, i) => cpSync(join(COURSE, 'submissions', i % 2 ? 'wrong' : 'correct'), student, { recursive: true }));
  return { folders, students };
}

/** Includes loading the step library once (a ts-node compile of the simulator), as a real batch pays it. */
async function sequential(suite: string, students: readonly string[]): Promise<{ totalMs: number; startupMs: number }> {
  const start = performance.now();
  const grader = await Grader.create({ suite });
  const startupMs = performance.now() - start;
  for (const student of students) await grader.grade(student);
  return { totalMs: performance.now() - start, startupMs };
}

async function parallel(suite: string, folders: readonly string[], out: string): Promise<number> {
  const bin = join(__dirname, '..', 'bin', 'kubespec.js');
  const start = performance.now();
  await Promise.all(folders.map((f, i) => promisify(execFile)(process.execPath, [bin, 'grade', suite, '--submissions-in', f, '--out', join(out, String(i)), '--quiet']).catch((e: { code?: number }) => (e.code === 1 ? undefined : Promise.reject(e)))));
  return performance.now() - start;
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'kubespec-bench-'));
  const suite = join(root, 'assignment');
  mkdirSync(suite);
  writeAssignment(suite);
  const workers = Math.max(1, cpus().length);
  const { folders, students } = writeSubmissions(join(root, 'submissions'), workers);
  const scenarios = SUBMISSIONS * 10;
  const report = (label: string, ms: number) => console.log(`${label.padEnd(34)} ${(ms / 1000).toFixed(1).padStart(6)} s  ${((scenarios / ms) * 1000).toFixed(1).padStart(6)} scenarios/s`);
  console.log(`${SUBMISSIONS} submissions × 10 scenarios`);
  const { totalMs, startupMs } = await sequential(suite, students);
  report('sequential, in-process', totalMs);
  console.log(`  of which loading the steps once: ${(startupMs / 1000).toFixed(1)} s`);
  report(`${workers} worker processes`, await parallel(suite, folders, join(root, 'out')));
  rmSync(root, { recursive: true, force: true });
}

void main();
