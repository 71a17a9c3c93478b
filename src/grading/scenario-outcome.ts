/**
 * What one scenario did, in Cucumber-neutral terms: the grader, the report writers and the CLI read
 * these instead of Cucumber's message stream, so nothing above the runner depends on Cucumber's types.
 */
export type StepStatus = 'PASSED' | 'FAILED' | 'SKIPPED' | 'UNDEFINED' | 'PENDING' | 'AMBIGUOUS' | 'UNKNOWN';

export interface StepOutcome {
  /** `When I apply the file "deployment.yaml"`; hooks read `Before hook` / `After hook`. */
  readonly text: string;
  readonly status: StepStatus;
  readonly message?: string;
}

export interface Attachment {
  readonly mediaType: string;
  /** Text as attached (base64 bodies are decoded as UTF-8: kubespec attaches only text and SVG). */
  readonly body: string;
  readonly fileName?: string;
}

export interface ScenarioOutcome {
  readonly uri: string;
  readonly line: number;
  readonly featureName: string;
  readonly name: string;
  readonly tags: readonly string[];
  /** The worst step status, as Cucumber reports the scenario. */
  readonly status: StepStatus;
  readonly steps: readonly StepOutcome[];
  readonly attachments: readonly Attachment[];
}

/** A feature file Cucumber could not parse: `file:line:column message`. */
export interface SourceError {
  readonly uri: string;
  readonly line: number;
  readonly column?: number;
  readonly message: string;
}

export function formatSourceError(error: SourceError): string {
  return `${error.uri}:${error.line}${error.column === undefined ? '' : `:${error.column}`}: ${error.message}`;
}
