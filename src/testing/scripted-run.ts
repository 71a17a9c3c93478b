/**
 * Drives a fresh Cluster through a script of kubectl command lines and clock advances and records what a
 * person would see (every command's exit code, stdout and stderr) and what the cluster did (its timeline),
 * with a digest of each. The determinism and parallel-safety tests compare these records across runs.
 */
import { createHash } from 'node:crypto';
import { Cluster, formatTimeline, timelineDigest, type ClusterOptionsInput } from '../cluster';
import { Kubectl, SandboxedFiles } from '../kubectl';

export type ScriptStep = { readonly run: string; readonly stdin?: string } | { readonly advanceMs: number };

export interface RunRecord {
  readonly outputs: string;
  readonly timeline: string;
  readonly outputsDigest: string;
  readonly timelineDigest: string;
}

/** One script being run; `next()` runs one step, so several runs can be interleaved in one process. */
export class ScriptedRun {
  readonly cluster: Cluster;
  private readonly files = new SandboxedFiles();
  private readonly outputs: string[] = [];
  private position = 0;

  constructor(
    private readonly script: readonly ScriptStep[],
    options: ClusterOptionsInput,
  ) {
    this.cluster = new Cluster(options);
  }

  get done(): boolean {
    return this.position >= this.script.length;
  }

  next(): void {
    const step = this.script[this.position++];
    if (!step) return;
    if ('advanceMs' in step) {
      this.cluster.advance(step.advanceMs);
      this.outputs.push(`# ${step.advanceMs}ms pass`);
      return;
    }
    const result = new Kubectl({ cluster: this.cluster, files: this.files, stdin: step.stdin }).run(step.run);
    this.outputs.push(`$ ${step.run}\n[exit ${result.exitCode}]\n${result.stdout}${result.stderr}`);
  }

  record(): RunRecord {
    const outputs = this.outputs.join('\n');
    const entries = this.cluster.timeline.all();
    return { outputs, timeline: formatTimeline(entries), outputsDigest: sha256(outputs), timelineDigest: timelineDigest(entries) };
  }
}

export function runScript(script: readonly ScriptStep[], options: ClusterOptionsInput): RunRecord {
  const run = new ScriptedRun(script, options);
  while (!run.done) run.next();
  return run.record();
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
