/**
 * How kubectl reports failures: API errors as `Error from server (Reason): message`, client-side errors as
 * `error: ...`, both with exit code 1.
 */
import { ApiError } from '../api';

/** A client-side failure whose text is printed to stderr exactly as given. */
export class KubectlError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'KubectlError';
  }
}

/** `error: ...` with kubectl's prefix. */
export function usageError(message: string): KubectlError {
  return new KubectlError(message.startsWith('error: ') ? message : `error: ${message}`);
}

/**
 * kubectl's cmdutil.CheckErr: Invalid errors are reworded as `The Deployment "web" is invalid: ...` (one cause
 * inline, several as a `* ` list); every other API error is `Error from server (Reason): message`.
 */
export function renderApiError(error: ApiError, prefix = ''): string {
  if (error.reason === 'Invalid' && error.details) {
    const causes = error.fieldErrors.map((e) => (e.field ? `${e.field}: ${e.detail}` : e.detail));
    const body = causes.length === 1 ? causes[0] : `\n${causes.map((c) => `* ${c}`).join('\n')}`;
    return `The ${error.details.kind} "${error.details.name}" is invalid: ${body}`;
  }
  return `Error from server (${error.reason}): ${prefix}${error.message}`;
}
