/**
 * Runs a benchmark's child process (the features suite, the grading batch) and measures it from outside:
 * wall time, CPU time and peak RSS of the child (its getrusage, reported by child-rss.js at exit).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface ChildRun {
  code: number;
  stdout: string;
  stderr: string;
  wall_s: number;
  cpu_s: number;
  rss_mb: number;
}

export const ROOT = join(__dirname, '..');

/** Runs `node [-r child-rss] args...` in the repository root with TypeScript registered. */
export function runNode(args: readonly string[], env: Record<string, string> = {}): Promise<ChildRun> {
  const dir = mkdtempSync(join(tmpdir(), 'kubespec-bench-'));
  const usageFile = join(dir, 'usage.json');
  const start = performance.now();
  const child = spawn(process.execPath, ['-r', join(__dirname, 'child-rss.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true', KUBESPEC_BENCH_USAGE: usageFile, ...env },
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const wall_s = (performance.now() - start) / 1000;
      const usage = readUsage(usageFile);
      rmSync(dir, { recursive: true, force: true });
      resolve({ code: code ?? 1, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString(), wall_s, ...usage });
    });
  });
}

/** Usage of the main child process only (Cucumber's or the grader's own workers are not included). */
function readUsage(file: string): { cpu_s: number; rss_mb: number } {
  try {
    const usage = JSON.parse(readFileSync(file, 'utf8')) as { cpu_s: number; rss_mb: number };
    return usage;
  } catch {
    return { cpu_s: 0, rss_mb: 0 };
  }
}
