/**
 * DaemonSet: ValidateDaemonSet / ValidateDaemonSetUpdate (pkg/apis/apps/validation, v1.32) and the
 * selector immutability of pkg/registry/apps/daemonset/strategy.go. Unlike Deployments, a DaemonSet
 * checks the selector against the template whenever the selector converts, and a nil selector is not
 * reported as missing on its own. templateGeneration is managed by the strategy and not checked here.
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';
import type { DaemonSet } from '../schemas';
import { child } from './field-path';
import { invalidGo, unsupportedGo } from './go-errors';
import { goIntOrString, goLabelSelector, goQuote } from './go-value';
import { immutableSelector } from './immutable-selector';
import { intOrPercentValue, isNotMoreThan100Percent, validatePositiveIntOrPercent } from './int-or-percent';
import { isEmptySelector, isSelectorConvertible, selectorMatches, validateLabelSelector } from './label-selector';
import { nameIsDNSSubdomain, validateNonnegative, validateObjectMeta, validateObjectMetaUpdate } from './object-meta';
import { validatePodTemplateSpec } from './pod';
import { selectorMismatch, validateAlwaysRestartTemplate } from './workload-template';

type UpdateStrategy = NonNullable<NonNullable<DaemonSet['spec']>['updateStrategy']>;

function validateUpdateStrategy(strategy: UpdateStrategy | undefined, path: string): FieldError[] {
  const type = strategy?.type ?? 'RollingUpdate';
  if (type === 'OnDelete') return [];
  if (type !== 'RollingUpdate') {
    const rolling = strategy?.rollingUpdate ? '&apps.RollingUpdateDaemonSet{...}' : '(*apps.RollingUpdateDaemonSet)(nil)';
    return [unsupportedGo(path, `apps.DaemonSetUpdateStrategy{Type:${goQuote(type)}, RollingUpdate:${rolling}}`, ['RollingUpdate', 'OnDelete'])];
  }
  // SetDefaults_DaemonSet: maxUnavailable 1, maxSurge 0.
  const maxUnavailable = strategy?.rollingUpdate?.maxUnavailable ?? 1;
  const maxSurge = strategy?.rollingUpdate?.maxSurge ?? 0;
  const p = child(path, 'rollingUpdate');
  const errs = [
    ...validatePositiveIntOrPercent(maxUnavailable, child(p, 'maxUnavailable')),
    ...validatePositiveIntOrPercent(maxSurge, child(p, 'maxSurge')),
    ...isNotMoreThan100Percent(maxUnavailable, child(p, 'maxUnavailable')),
    ...isNotMoreThan100Percent(maxSurge, child(p, 'maxSurge')),
  ];
  const hasUnavailable = intOrPercentValue(maxUnavailable) !== 0;
  const hasSurge = intOrPercentValue(maxSurge) !== 0;
  if (hasUnavailable && hasSurge) errs.push(invalidGo(child(p, 'maxSurge'), goIntOrString(maxSurge), 'may not be set when maxUnavailable is non-zero'));
  if (!hasUnavailable && !hasSurge) errs.push(fieldError.required(child(p, 'maxUnavailable'), 'cannot be 0 when maxSurge is 0'));
  return errs;
}

function validateDaemonSetSpec(ds: DaemonSet): FieldError[] {
  const spec = ds.spec ?? {};
  const errs = validateLabelSelector(spec.selector, 'spec.selector');
  if (isSelectorConvertible(spec.selector) && !selectorMatches(spec.selector, spec.template?.metadata?.labels)) {
    errs.push(selectorMismatch(spec.template, 'spec.template'));
  }
  if (spec.selector && isEmptySelector(spec.selector)) errs.push(invalidGo('spec.selector', goLabelSelector(spec.selector), 'empty selector is invalid for daemonset'));
  errs.push(...validatePodTemplateSpec(spec.template, 'spec.template'), ...validateAlwaysRestartTemplate(spec.template, 'spec.template', 'DaemonSet'));
  errs.push(...validateNonnegative(spec.minReadySeconds, 'spec.minReadySeconds'));
  errs.push(...validateUpdateStrategy(spec.updateStrategy, 'spec.updateStrategy'));
  return [...errs, ...validateNonnegative(spec.revisionHistoryLimit, 'spec.revisionHistoryLimit')];
}

export function validateDaemonSetCreate(ds: DaemonSet): FieldError[] {
  return [...validateObjectMeta(ds.metadata, true, nameIsDNSSubdomain), ...validateDaemonSetSpec(ds)];
}

export function validateDaemonSetUpdate(ds: DaemonSet, old: DaemonSet): FieldError[] {
  return [...validateObjectMetaUpdate(ds.metadata, old.metadata), ...validateDaemonSetSpec(ds), ...immutableSelector(ds.spec?.selector, old.spec?.selector)];
}
