/**
 * The one place kubespec drives Cucumber, through its programmatic API (`@cucumber/cucumber/api`): it
 * loads kubespec's own step library (resolved from this file, so it works from any directory) and never
 * reads a `cucumber.js` unless asked, runs features, and turns the message stream into ScenarioOutcomes.
 * Support code is loaded once per process and reused by every in-process run (the grader runs many).
 */
import { Writable } from 'node:stream';
import { join, resolve } from 'node:path';
import { loadConfiguration, loadSupport, runCucumber, type IRunConfiguration, type IRunEnvironment, type ISupportCodeLibrary } from '@cucumber/cucumber/api';
import { OutcomeCollector } from './outcome-collector';
import type { ScenarioOutcome, SourceError } from './scenario-outcome';

/** The kubespec package root: steps/, tsconfig.json and package.json live here. */
export const KUBESPEC_ROOT = resolve(__dirname, '../..');
export const STEP_FILES = join(KUBESPEC_ROOT, 'steps', '*.ts');

export interface RunOutcome {
  readonly success: boolean;
  readonly outcomes: readonly ScenarioOutcome[];
  readonly sourceErrors: readonly SourceError[];
}

export interface ConfigurationRequest {
  /** Cucumber command-line options and paths, passed through untouched. */
  readonly argv: readonly string[];
  /** A cucumber.js-style file to read profiles from; `false` (the default) reads none. */
  readonly file?: string | false;
  readonly profiles?: readonly string[];
  readonly cwd: string;
}

/** kubespec's steps come first, then whatever the caller adds (`--require my-steps.ts`). */
export async function loadRunConfiguration(request: ConfigurationRequest): Promise<IRunConfiguration> {
  const argv = ['--require-module', require.resolve('ts-node/register'), '--require', STEP_FILES, ...request.argv];
  const { runConfiguration } = await loadConfiguration({ file: request.file ?? false, profiles: [...(request.profiles ?? [])], provided: argv }, { cwd: request.cwd });
  return runConfiguration;
}

/** Runs features with Cucumber's own formatters, reporting outcomes as well. */
export async function runFeatures(configuration: IRunConfiguration, environment: IRunEnvironment, support?: ISupportCodeLibrary): Promise<RunOutcome & { support: ISupportCodeLibrary }> {
  const collector = new OutcomeCollector();
  const options = support ? { ...configuration, support } : configuration;
  const result = await runCucumber(options, environment, collector.onMessage);
  return { success: result.success, outcomes: collector.outcomes(), sourceErrors: collector.sourceErrors, support: result.support };
}

let loadedSupport: Promise<ISupportCodeLibrary> | undefined;

/** A quiet, reusable runner for the grader: no formatter output, support code loaded once. */
export class QuietFeatureRunner {
  private constructor(
    private readonly configuration: IRunConfiguration,
    private readonly support: ISupportCodeLibrary,
    private readonly cwd: string,
  ) {}

  static async create(cwd: string): Promise<QuietFeatureRunner> {
    const configuration = await loadRunConfiguration({ argv: [], cwd });
    // Step files register themselves when first required; Node caches them, so a second loadSupport in the
    // same process would find no steps. Load once and share the library.
    loadedSupport ??= loadSupport(configuration, quietEnvironment(cwd));
    return new QuietFeatureRunner(configuration, await loadedSupport, cwd);
  }

  async run(paths: readonly string[], worldParameters: Record<string, string | number | boolean>, dryRun = false): Promise<RunOutcome> {
    const configuration: IRunConfiguration = {
      ...this.configuration,
      sources: { ...this.configuration.sources, paths: [...paths] },
      runtime: { ...this.configuration.runtime, dryRun, parallel: 0, worldParameters },
      formats: { stdout: 'summary', files: {}, publish: false, options: {} },
    };
    const { success, outcomes, sourceErrors } = await runFeatures(configuration, quietEnvironment(this.cwd), this.support);
    return { success, outcomes, sourceErrors };
  }
}

function quietEnvironment(cwd: string): IRunEnvironment {
  return { cwd, stdout: discard(), stderr: discard() };
}

function discard(): Writable {
  return new Writable({ write: (_chunk, _encoding, done) => done() });
}
