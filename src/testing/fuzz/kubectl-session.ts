/**
 * The fuzzing harness: a fresh cluster driven by a sequence of kubectl commands, manifests and clock
 * advances, checking after every step what must hold for any input at all — the command ended as kubectl
 * ends (success, or exit 1 with a kubectl-style message), it stayed within a bounded amount of virtual
 * time, and every object in the store still decodes under its own schema.
 */
import { RESOURCES } from '../../api';
import { decodeStrict } from '../../api/schemas';
import { Cluster } from '../../cluster';
import { Kubectl, SandboxedFiles, type CommandResult } from '../../kubectl';

export type SessionStep = { readonly line: string; readonly stdin?: string } | { readonly advanceMs: number };

/** Longest virtual time one command may block: kubectl's longest default wait (an hour) plus slack. */
export const MAX_VIRTUAL_MS_PER_STEP = 2 * 3_600_000;

export const FUZZ_CLUSTER = { nodes: 2, limits: { maxEventsPerWait: 200_000, maxVirtualTimeMs: 7 * 24 * 3_600_000 } };

/** How kubectl's messages on stderr begin (cmdutil.CheckErr and the API error renderer). */
const KUBECTL_ERROR = /^(error: |Error from server|Error: |The [A-Za-z]+ "[^"]*" is invalid|kubectl controls the Kubernetes cluster manager)/;

/** A command group's help, which cobra prints (to stdout or stderr) with exit code 1 when no subcommand is given. */
const HELP = /\nUsage:\n|Available Commands:/;

/** Why `result` is not how kubectl ends, or undefined when it is. */
export function kubectlStyleProblem(line: string, result: CommandResult): string | undefined {
  if (result.exitCode === 0) return undefined;
  if (result.exitCode !== 1) return `exit code ${result.exitCode}`;
  const messages = result.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('Warning: '));
  if (messages.length === 0) {
    // `kubectl auth can-i` answers "no" on stdout with exit code 1.
    if (/\bauth can-i\b/.test(line) && result.stdout.trim() === 'no') return undefined;
    return HELP.test(result.stdout) ? undefined : 'exit code 1 with nothing on stderr';
  }
  if (KUBECTL_ERROR.test(messages[0]!) || HELP.test(result.stderr)) return undefined;
  return `stderr does not read like kubectl: ${JSON.stringify(messages[0]!.slice(0, 200))}`;
}

/** Objects in the store that no longer decode under their kind's schema. */
export function schemaViolations(cluster: Cluster): string[] {
  return RESOURCES.flatMap((r) =>
    cluster.list(r.kind).flatMap((obj) => {
      try {
        decodeStrict(JSON.parse(JSON.stringify(obj)));
        return [];
      } catch (error) {
        return [`${obj.kind} ${obj.metadata.namespace ?? ''}/${obj.metadata.name}: ${(error as Error).message.slice(0, 300)}`];
      }
    }),
  );
}

export class KubectlSession {
  readonly cluster: Cluster;
  private readonly files = new SandboxedFiles();

  constructor(seed: number) {
    this.cluster = new Cluster({ ...FUZZ_CLUSTER, seed });
  }

  /** Runs one step and returns what went wrong, if anything (an uncaught exception propagates). */
  step(step: SessionStep): string | undefined {
    const before = this.cluster.clock.now();
    if ('advanceMs' in step) {
      this.cluster.advance(step.advanceMs);
      return this.storeProblem(`after ${step.advanceMs}ms`);
    }
    const result = new Kubectl({ cluster: this.cluster, files: this.files, stdin: step.stdin }).run(step.line);
    const elapsed = this.cluster.clock.now() - before;
    if (elapsed > MAX_VIRTUAL_MS_PER_STEP) return `${step.line}: blocked for ${elapsed}ms of virtual time`;
    const problem = kubectlStyleProblem(step.line, result);
    if (problem) return `${step.line}: ${problem}\nstdout: ${result.stdout.slice(0, 500)}\nstderr: ${result.stderr.slice(0, 500)}`;
    return this.storeProblem(`after ${step.line}`);
  }

  private storeProblem(when: string): string | undefined {
    const bad = schemaViolations(this.cluster);
    return bad.length ? `${when}, objects fail their schema:\n${bad.join('\n')}` : undefined;
  }
}
