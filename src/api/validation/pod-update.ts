/**
 * ValidatePodUpdate of pkg/apis/core/validation/validation.go (v1.32): only container and init-container
 * images, activeDeadlineSeconds (set or lowered), added tolerations, removed scheduling gates and a
 * negative grace period raised to 1 may change; any other spec change is Forbidden with the list of
 * updatable fields and a diff of what changed.
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';
import type { Container, Pod, PodSpec, Toleration } from '../schemas';
import { child, index } from './field-path';
import { deepEqual, validateObjectMetaUpdate } from './object-meta';
import { validatePodMetadataAndSpec } from './pod';
import { validateTolerations } from './scheduling';
import { inclusiveRangeError } from './string-formats';
import { specDiff } from './spec-diff';

const UPDATABLE_POD_SPEC_FIELDS = [
  '`spec.containers[*].image`',
  '`spec.initContainers[*].image`',
  '`spec.activeDeadlineSeconds`',
  '`spec.tolerations` (only additions to existing tolerations)',
  '`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
];
const MAX_INT32 = 2147483647;

export function validatePodUpdate(pod: Pod, old: Pod): FieldError[] {
  const spec = pod.spec ?? {};
  const oldSpec = old.spec ?? {};
  const errs = [...validateObjectMetaUpdate(pod.metadata, old.metadata), ...validatePodMetadataAndSpec(pod)];
  errs.push(...validateMirrorAnnotationUpdate(pod, old));
  for (const [f, path] of [['containers', 'spec.containers'], ['initContainers', 'spec.initContainers']] as const) {
    const { errors, stop } = validateContainerUpdates(spec[f], oldSpec[f], path);
    errs.push(...errors);
    if (stop) return errs;
  }
  const deadline = validateDeadlineUpdate(spec.activeDeadlineSeconds, oldSpec.activeDeadlineSeconds);
  errs.push(...deadline.errors);
  if (deadline.stop) return errs;
  errs.push(...validateOnlyAddedTolerations(spec.tolerations, oldSpec.tolerations, 'spec.tolerations'));
  errs.push(...validateOnlyDeletedSchedulingGates(spec, oldSpec));
  if (deepEqual(spec, oldSpec)) return errs;
  const munged = mungePodSpec(spec, oldSpec);
  if (!deepEqual(munged, oldSpec)) {
    const detail = `pod updates may not change fields other than ${UPDATABLE_POD_SPEC_FIELDS.join(',')}\n${specDiff('core.PodSpec', oldSpec, munged)}`;
    errs.push(fieldError.forbidden('spec', detail));
  }
  return errs;
}

function validateContainerUpdates(containers: Container[] | undefined, old: Container[] | undefined, path: string): { errors: FieldError[]; stop: boolean } {
  if ((containers ?? []).length !== (old ?? []).length) return { errors: [fieldError.forbidden(path, 'pod updates may not add or remove containers')], stop: true };
  const errors = (containers ?? []).flatMap((ctr, i) => {
    const p = child(index(path, i), 'image');
    if (!ctr.image) return [fieldError.required(p)];
    return ctr.image.trim() !== ctr.image ? [fieldError.invalid(p, ctr.image, 'must not have leading or trailing whitespace')] : [];
  });
  return { errors, stop: false };
}

/** activeDeadlineSeconds may go from unset to positive, or down; never back to unset. */
function validateDeadlineUpdate(value: number | undefined, old: number | undefined): { errors: FieldError[]; stop: boolean } {
  const path = 'spec.activeDeadlineSeconds';
  if (value === undefined) {
    return { errors: old !== undefined ? [fieldError.invalid(path, null, 'must not update from a positive integer to nil value')] : [], stop: false };
  }
  if (value < 0 || value > MAX_INT32) return { errors: [fieldError.invalid(path, value, inclusiveRangeError(0, MAX_INT32))], stop: true };
  if (old !== undefined && old < value) return { errors: [fieldError.invalid(path, value, 'must be less than or equal to previous value')], stop: true };
  return { errors: [], stop: false };
}

/** validateOnlyAddedTolerations: every old toleration must survive, tolerationSeconds aside. */
function validateOnlyAddedTolerations(tolerations: Toleration[] | undefined, old: Toleration[] | undefined, path: string): FieldError[] {
  for (const o of old ?? []) {
    const kept = (tolerations ?? []).some((t) => deepEqual({ ...o, tolerationSeconds: t.tolerationSeconds }, t));
    if (!kept) return [fieldError.forbidden(path, 'existing toleration can not be modified except its tolerationSeconds')];
  }
  return validateTolerations(tolerations, path);
}

function validateOnlyDeletedSchedulingGates(spec: PodSpec, old: PodSpec): FieldError[] {
  const oldNames = new Set((old.schedulingGates ?? []).map((g) => g.name));
  return (spec.schedulingGates ?? []).flatMap((gate, i) =>
    oldNames.has(gate.name) ? [] : [fieldError.forbidden(`spec.schedulingGates[${i}].name`, `only deletion is allowed, but found new scheduling gate '${gate.name ?? ''}'`)],
  );
}

/** The munging of ValidatePodUpdate: copy the updatable fields from the old spec before comparing. */
function mungePodSpec(spec: PodSpec, old: PodSpec): PodSpec {
  const withOldImages = (list: Container[] | undefined, oldList: Container[] | undefined): Container[] | undefined =>
    list?.map((c, i) => ({ ...c, image: oldList?.[i]?.image }));
  const munged: PodSpec = {
    ...spec,
    containers: withOldImages(spec.containers, old.containers),
    initContainers: withOldImages(spec.initContainers, old.initContainers),
    activeDeadlineSeconds: old.activeDeadlineSeconds,
    schedulingGates: old.schedulingGates,
    tolerations: old.tolerations,
  };
  if ((old.terminationGracePeriodSeconds ?? 0) < 0 && munged.terminationGracePeriodSeconds === 1) munged.terminationGracePeriodSeconds = old.terminationGracePeriodSeconds;
  // A gated pod may gain nodeSelector entries and node affinity; kubespec accepts those changes wholesale.
  if ((old.schedulingGates ?? []).length > 0) {
    munged.nodeSelector = old.nodeSelector;
    munged.affinity = old.affinity;
  }
  return munged;
}

function validateMirrorAnnotationUpdate(pod: Pod, old: Pod): FieldError[] {
  const mirrorKey = 'kubernetes.io/config.mirror';
  const now = pod.metadata.annotations?.[mirrorKey];
  const before = old.metadata.annotations?.[mirrorKey];
  if (before !== undefined && now !== before) return [fieldError.forbidden(`metadata.annotations[${mirrorKey}]`, 'may not remove or update mirror pod annotation')];
  if (before === undefined && now !== undefined) return [fieldError.forbidden(`metadata.annotations[${mirrorKey}]`, 'may not add mirror pod annotation')];
  return [];
}
