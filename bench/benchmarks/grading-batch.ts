/**
 * (h) issue 8's grading batch: 100 submissions of a 10-scenario assignment, sequential in-process and with
 * one worker process per core. It runs the grading engineer's bench/grading.ts in a child process and reads
 * its two result lines, so there is one implementation of the batch.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Benchmark, Sample } from '../benchmark';
import { round } from '../benchmark';
import { ROOT, runNode } from '../child-process';

export interface GradingOptions {
  submissions: number;
}

export const gradingBenchmark: Benchmark<GradingOptions> = {
  name: 'grading',
  summary: '100 submissions × 10 scenarios graded, sequential and one worker per core (issue 8)',
  defaults: { submissions: 100 },
  defaultRuns: 1,
  options: (v) => ({ submissions: v.submissions! }),
  run: runGrading,
};

export function graderExists(): boolean {
  return existsSync(join(ROOT, 'src', 'grading', 'grader.ts')) && existsSync(join(ROOT, 'bench', 'grading.ts'));
}

export async function runGrading({ submissions }: GradingOptions): Promise<Sample> {
  const child = await runNode(['-r', 'ts-node/register', 'bench/grading.ts', String(submissions)]);
  if (child.code !== 0) throw new Error(`bench/grading.ts failed (exit ${child.code}):\n${child.stderr}`);
  const sequential = resultLine(child.stdout, /^sequential/m);
  const parallel = resultLine(child.stdout, /^(\d+) worker processes/m);
  return {
    submissions,
    scenarios: submissions * 10,
    wall_s: round(child.wall_s),
    cpu_s: round(child.cpu_s),
    events: 0,
    virtual_s: 0,
    sequential_s: sequential.seconds,
    sequential_scenarios_per_s: sequential.perSecond,
    workers: parallel.workers,
    parallel_s: parallel.seconds,
    parallel_scenarios_per_s: parallel.perSecond,
  };
}

/** `sequential, in-process    12.3 s     81 scenarios/s` */
function resultLine(output: string, label: RegExp): { seconds: number; perSecond: number; workers: number } {
  const line = output.split('\n').find((l) => label.test(l));
  const numbers = /([\d.]+) s\s+([\d.]+) scenarios\/s/.exec(line ?? '');
  if (!line || !numbers) throw new Error(`bench/grading.ts printed no "${label.source}" line:\n${output}`);
  return { seconds: Number(numbers[1]), perSecond: Number(numbers[2]), workers: Number(label.exec(line)?.[1] ?? 1) };
}
