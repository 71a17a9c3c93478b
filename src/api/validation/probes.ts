/**
 * Probes and lifecycle hooks: validateLivenessProbe / validateReadinessProbe / validateStartupProbe,
 * validateProbe, validateHandler and validateLifecycle of pkg/apis/core/validation/validation.go (v1.32).
 * Fields that SetDefaults_Probe / SetDefaults_HTTPGetAction always fill (thresholds, path, scheme) count
 * as defaulted when absent, since validation runs on defaulted objects.
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';
import type { IntOrString, Lifecycle, LifecycleHandler, Probe } from '../schemas';
import { child } from './field-path';
import { validateNonnegative } from './object-meta';
import { isHTTPHeaderName, isValidPortName, isValidPortNum } from './string-formats';

type Handler = Pick<Probe, 'exec' | 'httpGet' | 'tcpSocket' | 'grpc'> & Pick<LifecycleHandler, 'sleep'>;

export function validateLivenessProbe(probe: Probe | undefined, grace: number | undefined, path: string): FieldError[] {
  if (!probe) return [];
  return [...validateProbe(probe, grace, path), ...mustBeOne(probe, path)];
}

export function validateStartupProbe(probe: Probe | undefined, grace: number | undefined, path: string): FieldError[] {
  if (!probe) return [];
  return [...validateProbe(probe, grace, path), ...mustBeOne(probe, path)];
}

export function validateReadinessProbe(probe: Probe | undefined, grace: number | undefined, path: string): FieldError[] {
  if (!probe) return [];
  const errs = validateProbe(probe, grace, path);
  if (probe.terminationGracePeriodSeconds !== undefined) {
    errs.push(fieldError.invalid(child(path, 'terminationGracePeriodSeconds'), probe.terminationGracePeriodSeconds, 'must not be set for readinessProbes'));
  }
  return errs;
}

function mustBeOne(probe: Probe, path: string): FieldError[] {
  const threshold = probe.successThreshold ?? 1;
  return threshold === 1 ? [] : [fieldError.invalid(child(path, 'successThreshold'), threshold, 'must be 1')];
}

function validateProbe(probe: Probe, grace: number | undefined, path: string): FieldError[] {
  const errs = validateHandler(probe, grace, path);
  errs.push(...validateNonnegative(probe.initialDelaySeconds, child(path, 'initialDelaySeconds')));
  errs.push(...validateNonnegative(probe.timeoutSeconds, child(path, 'timeoutSeconds')));
  errs.push(...validateNonnegative(probe.periodSeconds, child(path, 'periodSeconds')));
  errs.push(...validateNonnegative(probe.successThreshold, child(path, 'successThreshold')));
  errs.push(...validateNonnegative(probe.failureThreshold, child(path, 'failureThreshold')));
  const tgps = probe.terminationGracePeriodSeconds;
  if (tgps !== undefined && tgps <= 0) errs.push(fieldError.invalid(child(path, 'terminationGracePeriodSeconds'), tgps, 'must be greater than 0'));
  return errs;
}

export function validateLifecycle(lifecycle: Lifecycle, grace: number | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (lifecycle.postStart) errs.push(...validateHandler(lifecycle.postStart, grace, child(path, 'postStart')));
  if (lifecycle.preStop) errs.push(...validateHandler(lifecycle.preStop, grace, child(path, 'preStop')));
  return errs;
}

/** Exactly one handler; each further one is Forbidden, in Go's field order exec, httpGet, tcpSocket, grpc, sleep. */
function validateHandler(handler: Handler, grace: number | undefined, path: string): FieldError[] {
  const checks: [keyof Handler, () => FieldError[]][] = [
    ['exec', () => ((handler.exec?.command ?? []).length === 0 ? [fieldError.required(child(path, 'exec', 'command'))] : [])],
    ['httpGet', () => validateHTTPGet(handler.httpGet ?? {}, child(path, 'httpGet'))],
    ['tcpSocket', () => validatePortNumOrName(handler.tcpSocket?.port, child(path, 'tcpSocket', 'port'))],
    ['grpc', () => validatePortNumOrName(handler.grpc?.port ?? 0, child(path, 'grpc', 'port'))],
    ['sleep', () => validateSleep(handler.sleep?.seconds ?? 0, grace, child(path, 'sleep'))],
  ];
  const errs: FieldError[] = [];
  let count = 0;
  for (const [name, check] of checks) {
    if (handler[name] === undefined) continue;
    if (count > 0) errs.push(fieldError.forbidden(child(path, name), 'may not specify more than 1 handler type'));
    else errs.push(...check());
    count++;
  }
  if (count === 0) errs.push(fieldError.required(path, 'must specify a handler type'));
  return errs;
}

function validateHTTPGet(http: NonNullable<Probe['httpGet']>, path: string): FieldError[] {
  const errs = validatePortNumOrName(http.port, child(path, 'port'));
  if (http.scheme && http.scheme !== 'HTTP' && http.scheme !== 'HTTPS') errs.push(fieldError.unsupported(child(path, 'scheme'), http.scheme, ['HTTP', 'HTTPS']));
  for (const header of http.httpHeaders ?? []) {
    errs.push(...isHTTPHeaderName(header.name ?? '').map((msg) => fieldError.invalid(child(path, 'httpHeaders'), header.name ?? '', msg)));
  }
  return errs;
}

// PodLifecycleSleepActionAllowZero is alpha (off) in v1.32, so zero seconds is rejected.
function validateSleep(seconds: number, grace: number | undefined, path: string): FieldError[] {
  if (grace === undefined || (seconds > 0 && seconds <= grace)) return [];
  return [
    fieldError.invalid(
      path,
      seconds,
      `must be greater than 0 and less than terminationGracePeriodSeconds (${grace}). Enable AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep.`,
    ),
  ];
}

/** ValidatePortNumOrName: a number in 1-65535 or an IANA service name. */
export function validatePortNumOrName(port: IntOrString | undefined, path: string): FieldError[] {
  if (typeof port === 'string') return isValidPortName(port).map((msg) => fieldError.invalid(path, port, msg));
  return isValidPortNum(port ?? 0).map((msg) => fieldError.invalid(path, port ?? 0, msg));
}
