/**
 * The per-scenario driver. It owns one simulated cluster (created on first use, or by
 * `Given a cluster with ...`), runs kubectl command lines against it as the current identity, and
 * remembers the last command's result for the assertions. It holds no Kubernetes logic of its own.
 */
import { setWorldConstructor, World, type IWorldOptions } from '@cucumber/cucumber';
import { Cluster, type ClusterOptionsInput } from '../src/cluster';
import { Kubectl, SandboxedFiles, type CommandResult } from '../src/kubectl';
import type { UserInfo } from '../src/api';

export interface KubeWorldParameters {
  /** Folder that `the file "x"` steps resolve against instead of the feature's folder (grading). */
  submissionDir?: string;
  /** Fail a scenario whose kubectl command failed unless a step checked the failure (kubespec's own suite). */
  strictErrors?: boolean;
  /** Seed for the simulated cluster's random choices. */
  seed?: number;
  /** Cap on the virtual time one scenario may simulate, in ms (the grader sets 24h); unlimited when absent. */
  maxVirtualTimeMs?: number;
  /** Attach every scenario's timeline digest to the report (determinism and parallel-safety checks). */
  timelineDigest?: boolean;
}

/** The seed of a run that names none; every failure report says which seed ran. */
export const DEFAULT_SEED = 1;

export class KubeWorld extends World<KubeWorldParameters> {
  private currentCluster: Cluster | undefined;
  lastResult: CommandResult | undefined;
  /** The last failing command nobody looked at, for the strict-errors hook. */
  uncheckedFailure: string | undefined;
  identity: UserInfo | undefined;
  featureDir: string | undefined;
  files!: SandboxedFiles;
  /** This scenario's seed: the run's `seed` world parameter (`kubespec run --seed N`), replaced by a `@seed:N` tag. */
  seed: number;

  constructor(options: IWorldOptions<KubeWorldParameters>) {
    super(options);
    this.seed = options.parameters.seed ?? DEFAULT_SEED;
  }

  get cluster(): Cluster {
    if (!this.currentCluster) this.currentCluster = new Cluster({ nodes: 1, ...this.baseOptions() });
    return this.currentCluster;
  }

  get hasCluster(): boolean {
    return this.currentCluster !== undefined;
  }

  createCluster(options: ClusterOptionsInput): Cluster {
    this.currentCluster = new Cluster({ ...this.baseOptions(), ...options });
    return this.currentCluster;
  }

  private baseOptions(): ClusterOptionsInput {
    const maxVirtualTimeMs = this.parameters.maxVirtualTimeMs;
    return { seed: this.seed, ...(maxVirtualTimeMs === undefined ? {} : { limits: { maxVirtualTimeMs } }) };
  }

  /** Runs one kubectl command line; the result becomes `lastResult`. */
  kubectl(line: string, stdin?: string): CommandResult {
    const result = new Kubectl({ cluster: this.cluster, files: this.files, user: this.identity, stdin }).run(line);
    this.lastResult = result;
    this.uncheckedFailure = result.exitCode === 0 ? undefined : `${line}\n${result.stderr}`;
    return result;
  }

  /** Runs a command for an assertion, without replacing the result later steps check. */
  query(line: string): CommandResult {
    return new Kubectl({ cluster: this.cluster, files: this.files, user: this.identity }).run(line);
  }

  apply(yaml: string): CommandResult {
    return this.kubectl('kubectl apply -f -', yaml);
  }

  /** The last result, marked as checked. */
  checkedResult(): CommandResult {
    if (!this.lastResult) throw new Error('no kubectl command has run in this scenario yet');
    this.uncheckedFailure = undefined;
    return this.lastResult;
  }
}

setWorldConstructor(KubeWorld);
