/**
 * Deployment: ValidateDeployment / ValidateDeploymentUpdate (pkg/apis/apps/validation, v1.32) plus the
 * selector immutability of pkg/registry/apps/deployment/strategy.go. Strategy fields that
 * SetDefaults_Deployment fills (type RollingUpdate, 25% surge and unavailability) count as defaulted.
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';
import type { Deployment } from '../schemas';
import { validateSelectorAndTemplate } from './apps-selector';
import { immutableSelector } from './immutable-selector';
import { intOrPercentValue, isNotMoreThan100Percent, validatePositiveIntOrPercent } from './int-or-percent';
import { invalidGo, unsupportedGo } from './go-errors';
import { goIntOrString, goQuote } from './go-value';
import { nameIsDNSSubdomain, validateNonnegative, validateObjectMeta, validateObjectMetaUpdate } from './object-meta';

type Strategy = NonNullable<NonNullable<Deployment['spec']>['strategy']>;

function validateStrategy(strategy: Strategy | undefined, path: string): FieldError[] {
  const type = strategy?.type ?? 'RollingUpdate';
  if (type === 'Recreate') {
    return strategy?.rollingUpdate ? [fieldError.forbidden(`${path}.rollingUpdate`, "may not be specified when strategy `type` is 'Recreate'")] : [];
  }
  if (type !== 'RollingUpdate') {
    const rolling = strategy?.rollingUpdate ? '&apps.RollingUpdateDeployment{...}' : '(*apps.RollingUpdateDeployment)(nil)';
    return [unsupportedGo(path, `apps.DeploymentStrategy{Type:${goQuote(type)}, RollingUpdate:${rolling}}`, ['Recreate', 'RollingUpdate'])];
  }
  const maxUnavailable = strategy?.rollingUpdate?.maxUnavailable ?? '25%';
  const maxSurge = strategy?.rollingUpdate?.maxSurge ?? '25%';
  const ruPath = `${path}.rollingUpdate`;
  const errs = [...validatePositiveIntOrPercent(maxUnavailable, `${ruPath}.maxUnavailable`), ...validatePositiveIntOrPercent(maxSurge, `${ruPath}.maxSurge`)];
  if (intOrPercentValue(maxUnavailable) === 0 && intOrPercentValue(maxSurge) === 0) {
    errs.push(invalidGo(`${ruPath}.maxUnavailable`, goIntOrString(maxUnavailable), 'may not be 0 when `maxSurge` is 0'));
  }
  return [...errs, ...isNotMoreThan100Percent(maxUnavailable, `${ruPath}.maxUnavailable`)];
}

function validateDeploymentSpec(d: Deployment): FieldError[] {
  const spec = d.spec ?? {};
  const errs = [
    ...validateNonnegative(spec.replicas, 'spec.replicas'),
    ...validateSelectorAndTemplate(spec.selector, spec.template, 'spec', 'empty selector is invalid for deployment'),
    ...validateStrategy(spec.strategy, 'spec.strategy'),
    ...validateNonnegative(spec.minReadySeconds, 'spec.minReadySeconds'),
    ...validateNonnegative(spec.revisionHistoryLimit, 'spec.revisionHistoryLimit'),
  ];
  const deadline = spec.progressDeadlineSeconds;
  if (deadline !== undefined) {
    errs.push(...validateNonnegative(deadline, 'spec.progressDeadlineSeconds'));
    if (deadline <= (spec.minReadySeconds ?? 0)) errs.push(fieldError.invalid('spec.progressDeadlineSeconds', deadline, 'must be greater than minReadySeconds'));
  }
  return errs;
}

export function validateDeploymentCreate(d: Deployment): FieldError[] {
  return [...validateObjectMeta(d.metadata, true, nameIsDNSSubdomain), ...validateDeploymentSpec(d)];
}

export function validateDeploymentUpdate(d: Deployment, old: Deployment): FieldError[] {
  return [...validateObjectMetaUpdate(d.metadata, old.metadata), ...validateDeploymentSpec(d), ...immutableSelector(d.spec?.selector, old.spec?.selector)];
}
