/**
 * Errors the simulated apiserver returns, mirroring apimachinery's StatusReason values.
 * kubectl renders them as `Error from server (<Reason>): <message>`.
 */
export type StatusReason =
  | 'NotFound'
  | 'AlreadyExists'
  | 'Invalid'
  | 'Conflict'
  | 'Forbidden'
  | 'BadRequest'
  | 'MethodNotAllowed'
  | 'InternalError';

/** One field-level validation error (apimachinery `field.Error`), already rendered as kubectl shows it. */
export interface FieldError {
  /** e.g. `spec.template.metadata.labels` */
  field: string;
  /** e.g. `Invalid value: map[string]string{"app":"x"}: \`selector\` does not match template \`labels\`` */
  detail: string;
}

export class ApiError extends Error {
  constructor(
    readonly reason: StatusReason,
    message: string,
    readonly code: number = codeFor(reason),
    readonly fieldErrors: readonly FieldError[] = [],
    /** For Invalid errors: the kind and name kubectl names in `The <Kind> "<name>" is invalid`. */
    readonly details?: { kind: string; name: string },
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static notFound(resource: string, name: string): ApiError {
    return new ApiError('NotFound', `${resource} "${name}" not found`);
  }

  static alreadyExists(resource: string, name: string): ApiError {
    return new ApiError('AlreadyExists', `${resource} "${name}" already exists`);
  }

  static conflict(resource: string, name: string, detail: string): ApiError {
    return new ApiError('Conflict', `Operation cannot be fulfilled on ${resource} "${name}": ${detail}`);
  }

  static badRequest(message: string): ApiError {
    return new ApiError('BadRequest', message);
  }

  static forbidden(message: string): ApiError {
    return new ApiError('Forbidden', message);
  }

  /** `The Deployment "web" is invalid: <field>: <detail>`; several errors are joined as `[e1, e2]`. */
  static invalid(kind: string, name: string, errors: readonly FieldError[]): ApiError {
    const rendered = errors.map((e) => (e.field ? `${e.field}: ${e.detail}` : e.detail));
    const body = rendered.length === 1 ? rendered[0] : `[${rendered.join(', ')}]`;
    return new ApiError('Invalid', `${kind} "${name}" is invalid: ${body}`, 422, errors, { kind, name });
  }
}

function codeFor(reason: StatusReason): number {
  switch (reason) {
    case 'NotFound':
      return 404;
    case 'AlreadyExists':
    case 'Conflict':
      return 409;
    case 'Invalid':
      return 422;
    case 'Forbidden':
      return 403;
    case 'BadRequest':
      return 400;
    case 'MethodNotAllowed':
      return 405;
    case 'InternalError':
      return 500;
  }
}

/** A broken invariant inside the simulation: a bug, never a user mistake. Fails the scenario with the timeline. */
export class SimulationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SimulationError';
  }
}
