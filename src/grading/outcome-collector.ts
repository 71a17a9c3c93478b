/**
 * Folds Cucumber's message stream (one envelope per event, as `runCucumber`'s onMessage and
 * `--format message` deliver it) into one ScenarioOutcome per executed scenario. Only the message fields
 * used here are declared, structurally, so src/ stays free of Cucumber's packages.
 */
import type { Attachment, ScenarioOutcome, SourceError, StepOutcome, StepStatus } from './scenario-outcome';

interface Envelope {
  gherkinDocument?: { uri?: string; feature?: { name: string } };
  pickle?: { id: string; uri: string; name: string; location?: { line: number }; tags: readonly { name: string }[]; steps: readonly { id: string; text: string }[] };
  testCase?: { id: string; pickleId: string; testSteps: readonly { id: string; pickleStepId?: string; hookId?: string }[] };
  testCaseStarted?: { id: string; testCaseId: string };
  testStepFinished?: { testCaseStartedId: string; testStepId: string; testStepResult: { status: string; message?: string } };
  attachment?: { testCaseStartedId?: string; body: string; mediaType: string; contentEncoding: string; fileName?: string };
  testCaseFinished?: { testCaseStartedId: string; willBeRetried: boolean };
  parseError?: { source: { uri?: string; location?: { line: number; column?: number } }; message: string };
}

interface Attempt {
  readonly testCaseId: string;
  readonly steps: StepOutcome[];
  readonly attachments: Attachment[];
}

const STATUS_ORDER: readonly StepStatus[] = ['PASSED', 'SKIPPED', 'PENDING', 'UNDEFINED', 'AMBIGUOUS', 'FAILED', 'UNKNOWN'];

export class OutcomeCollector {
  private readonly features = new Map<string, string>();
  private readonly pickles = new Map<string, NonNullable<Envelope['pickle']>>();
  private readonly testCases = new Map<string, NonNullable<Envelope['testCase']>>();
  private readonly attempts = new Map<string, Attempt>();
  private readonly finished: ScenarioOutcome[] = [];
  readonly sourceErrors: SourceError[] = [];

  /** Feed every envelope, in order. */
  readonly onMessage = (envelope: Envelope): void => {
    if (envelope.gherkinDocument?.uri) this.features.set(envelope.gherkinDocument.uri, envelope.gherkinDocument.feature?.name ?? '');
    if (envelope.pickle) this.pickles.set(envelope.pickle.id, envelope.pickle);
    if (envelope.testCase) this.testCases.set(envelope.testCase.id, envelope.testCase);
    if (envelope.testCaseStarted) this.attempts.set(envelope.testCaseStarted.id, { testCaseId: envelope.testCaseStarted.testCaseId, steps: [], attachments: [] });
    if (envelope.testStepFinished) this.recordStep(envelope.testStepFinished);
    if (envelope.attachment) this.recordAttachment(envelope.attachment);
    if (envelope.testCaseFinished && !envelope.testCaseFinished.willBeRetried) this.finish(envelope.testCaseFinished.testCaseStartedId);
    if (envelope.parseError) this.recordParseError(envelope.parseError);
  };

  /** Scenarios in the order they finished. */
  outcomes(): readonly ScenarioOutcome[] {
    return this.finished;
  }

  private recordStep(finished: NonNullable<Envelope['testStepFinished']>): void {
    const attempt = this.attempts.get(finished.testCaseStartedId);
    const testCase = attempt && this.testCases.get(attempt.testCaseId);
    const testStep = testCase?.testSteps.find((s) => s.id === finished.testStepId);
    if (!attempt || !testCase || !testStep) return;
    const pickleStep = this.pickles.get(testCase.pickleId)?.steps.find((s) => s.id === testStep.pickleStepId);
    const status = asStatus(finished.testStepResult.status);
    // Hooks only matter to a reader when they fail (e.g. the strict-errors check or a broken Before hook).
    if (!pickleStep && status === 'PASSED') return;
    attempt.steps.push({ text: pickleStep?.text ?? 'hook', status, message: finished.testStepResult.message });
  }

  private recordAttachment(attachment: NonNullable<Envelope['attachment']>): void {
    const attempt = attachment.testCaseStartedId === undefined ? undefined : this.attempts.get(attachment.testCaseStartedId);
    if (!attempt) return;
    const body = attachment.contentEncoding === 'BASE64' ? Buffer.from(attachment.body, 'base64').toString('utf8') : attachment.body;
    attempt.attachments.push({ mediaType: attachment.mediaType, body, ...(attachment.fileName === undefined ? {} : { fileName: attachment.fileName }) });
  }

  private finish(testCaseStartedId: string): void {
    const attempt = this.attempts.get(testCaseStartedId);
    const pickle = attempt && this.pickles.get(this.testCases.get(attempt.testCaseId)?.pickleId ?? '');
    if (!attempt || !pickle) return;
    this.finished.push({
      uri: pickle.uri,
      line: pickle.location?.line ?? 0,
      featureName: this.features.get(pickle.uri) ?? '',
      name: pickle.name,
      tags: pickle.tags.map((t) => t.name),
      status: worstStatus(attempt.steps),
      steps: attempt.steps,
      attachments: attempt.attachments,
    });
  }

  private recordParseError(error: NonNullable<Envelope['parseError']>): void {
    // Gherkin prefixes its message with `(line:column): `; the location is kept apart, so drop the prefix.
    const message = error.message.replace(/^\(\d+:\d+\):\s*/, '');
    this.sourceErrors.push({ uri: error.source.uri ?? '(unknown file)', line: error.source.location?.line ?? 0, column: error.source.location?.column, message });
  }
}

function asStatus(status: string): StepStatus {
  return (STATUS_ORDER as readonly string[]).includes(status) ? (status as StepStatus) : 'UNKNOWN';
}

function worstStatus(steps: readonly StepOutcome[]): StepStatus {
  return steps.reduce<StepStatus>((worst, s) => (STATUS_ORDER.indexOf(s.status) > STATUS_ORDER.indexOf(worst) ? s.status : worst), 'PASSED');
}
