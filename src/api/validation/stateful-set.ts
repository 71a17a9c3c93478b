/**
 * StatefulSet: ValidateStatefulSet / ValidateStatefulSetUpdate of pkg/apis/apps/validation (v1.32). The
 * template is checked for its selector, labels and annotations only (Go leaves full pod-spec
 * validation as future work there), and an update may change only replicas, ordinals, template, updateStrategy,
 * persistentVolumeClaimRetentionPolicy and minReadySeconds.
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';
import type { StatefulSet } from '../schemas';
import { invalidGo } from './go-errors';
import { goLabelSelector, goQuote } from './go-value';
import { intOrPercentValue, isNotMoreThan100Percent, validatePositiveIntOrPercent } from './int-or-percent';
import { goIntOrString } from './go-value';
import { isEmptySelector, isSelectorConvertible, selectorMatches, validateLabelSelector } from './label-selector';
import { deepEqual, nameIsDNSLabel, validateAnnotations, validateLabels, validateNonnegative, validateObjectMeta, validateObjectMetaUpdate } from './object-meta';
import { validatePodSpecificAnnotations } from './pod';
import { selectorMismatch, validateAlwaysRestartTemplate } from './workload-template';

type Spec = NonNullable<StatefulSet['spec']>;

function validatePolicies(spec: Spec): FieldError[] {
  const errs: FieldError[] = [];
  const policy = spec.podManagementPolicy;
  if (policy && policy !== 'OrderedReady' && policy !== 'Parallel') errs.push(fieldError.invalid('spec.podManagementPolicy', policy, "must be 'OrderedReady' or 'Parallel'"));
  const strategy = spec.updateStrategy;
  const rolling = strategy?.rollingUpdate;
  if (strategy?.type === 'OnDelete' && rolling) {
    errs.push(invalidGo('spec.updateStrategy.rollingUpdate', goRollingUpdate(rolling), "only allowed for updateStrategy 'RollingUpdate'"));
  } else if ((strategy?.type ?? 'RollingUpdate') === 'RollingUpdate' && rolling) {
    errs.push(...validateNonnegative(rolling.partition, 'spec.updateStrategy.rollingUpdate.partition'));
    if (rolling.maxUnavailable !== undefined) {
      const p = 'spec.updateStrategy.rollingUpdate.maxUnavailable';
      errs.push(...validatePositiveIntOrPercent(rolling.maxUnavailable, p));
      if (intOrPercentValue(rolling.maxUnavailable) === 0) errs.push(invalidGo(p, goIntOrString(rolling.maxUnavailable), 'cannot be 0'));
      errs.push(...isNotMoreThan100Percent(rolling.maxUnavailable, p));
    }
  } else if (strategy?.type !== undefined && strategy.type !== 'RollingUpdate' && strategy.type !== 'OnDelete') {
    const rendered = `apps.StatefulSetUpdateStrategy{Type:${goQuote(strategy.type)}, RollingUpdate:${rolling ? '&apps.RollingUpdateStatefulSetStrategy{...}' : '(*apps.RollingUpdateStatefulSetStrategy)(nil)'}}`;
    errs.push(invalidGo('spec.updateStrategy', rendered, "must be 'RollingUpdate' or 'OnDelete'"));
  }
  for (const f of ['whenDeleted', 'whenScaled'] as const) {
    const value = spec.persistentVolumeClaimRetentionPolicy?.[f];
    if (spec.persistentVolumeClaimRetentionPolicy && value !== 'Retain' && value !== 'Delete') {
      errs.push(fieldError.unsupported(`spec.persistentVolumeClaimRetentionPolicy.${f}`, value ?? '', ['Retain', 'Delete']));
    }
  }
  return errs;
}

const goRollingUpdate = (r: NonNullable<NonNullable<Spec['updateStrategy']>['rollingUpdate']>): string =>
  `apps.RollingUpdateStatefulSetStrategy{Partition:${r.partition ?? 0}, MaxUnavailable:${r.maxUnavailable === undefined ? '(*intstr.IntOrString)(nil)' : '&intstr.IntOrString{...}'}}`;

function validateStatefulSetSpec(sts: StatefulSet): FieldError[] {
  const spec = sts.spec ?? {};
  const errs = validatePolicies(spec);
  errs.push(...validateNonnegative(spec.replicas, 'spec.replicas'), ...validateNonnegative(spec.minReadySeconds, 'spec.minReadySeconds'));
  if (spec.ordinals) errs.push(...validateNonnegative(spec.ordinals.start, 'spec.ordinals.start'));
  if (!spec.selector) errs.push(fieldError.required('spec.selector'));
  else {
    errs.push(...validateLabelSelector(spec.selector, 'spec.selector'));
    if (isEmptySelector(spec.selector)) errs.push(invalidGo('spec.selector', goLabelSelector(spec.selector), 'empty selector is invalid for statefulset'));
  }
  if (!isSelectorConvertible(spec.selector)) errs.push(invalidGo('spec.selector', goLabelSelector(spec.selector), ''));
  else errs.push(...validateTemplate(spec));
  return [...errs, ...validateAlwaysRestartTemplate(spec.template, 'spec.template', 'StatefulSet')];
}

/** ValidatePodTemplateSpecForStatefulSet. */
function validateTemplate(spec: Spec): FieldError[] {
  const template = spec.template;
  if (!template) return [fieldError.required('spec.template')];
  const errs: FieldError[] = [];
  const emptySelector = spec.selector !== undefined && isEmptySelector(spec.selector);
  if (!emptySelector && !selectorMatches(spec.selector, template.metadata?.labels)) errs.push(selectorMismatch(template, 'spec.template'));
  errs.push(...validateLabels(template.metadata?.labels, 'spec.template.labels'), ...validateAnnotations(template.metadata?.annotations, 'spec.template.annotations'));
  return [...errs, ...validatePodSpecificAnnotations(template.metadata?.annotations, template.spec?.nodeName, 'spec.template.annotations')];
}

export function validateStatefulSetCreate(sts: StatefulSet): FieldError[] {
  return [...validateObjectMeta(sts.metadata, true, nameIsDNSLabel), ...validateStatefulSetSpec(sts)];
}

const UPDATABLE = ['replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy', 'minReadySeconds'] as const;

export function validateStatefulSetUpdate(sts: StatefulSet, old: StatefulSet): FieldError[] {
  const errs = [...validateObjectMetaUpdate(sts.metadata, old.metadata), ...validateStatefulSetSpec(sts)];
  const munged: Spec = { ...(sts.spec ?? {}) };
  for (const f of UPDATABLE) (munged as Record<string, unknown>)[f] = old.spec?.[f];
  if (!deepEqual(munged, old.spec ?? {})) {
    errs.push(
      fieldError.forbidden(
        'spec',
        "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
      ),
    );
  }
  return errs;
}
