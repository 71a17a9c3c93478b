/**
 * Exit codes CI understands: 0 when everything passed, 1 when a scenario (or a grade) failed, 2 when the
 * command itself was wrong (bad option, missing path, broken assignment) and nothing meaningful ran.
 */
export const EXIT_PASSED = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** A mistake in how kubespec was called; printed with a pointer to `--help`, exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
