/**
 * Pods and pod templates: ValidatePodCreate / validatePodMetadataAndSpec and ValidatePodTemplateSpec of
 * pkg/apis/core/validation/validation.go. The pod-only checks (image whitespace, ephemeral containers on
 * create, nodeName with scheduling gates) are applied here; workloads validate templates only.
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';
import type { Container, Pod, PodTemplateSpec } from '../schemas';
import { CleanPodSpec } from './clean-pod-spec';
import { child, index } from './field-path';
import { nameIsDNSSubdomain, validateAnnotations, validateLabels, validateObjectMeta } from './object-meta';
import { validatePodSpec } from './pod-spec';

/** validatePodMetadataAndSpec: shared by create and update. */
export function validatePodMetadataAndSpec(pod: Pod): FieldError[] {
  const spec = pod.spec ?? {};
  const errs = validateObjectMeta(pod.metadata, true, nameIsDNSSubdomain);
  errs.push(...validatePodSpecificAnnotations(pod.metadata.annotations, spec.nodeName));
  // The pods of one template repeat the previous pod's spec but for their token volume's name (see there).
  if (CLEAN_SPEC.covers(spec)) return errs;
  errs.push(...CLEAN_SPEC.remember(spec, validateSpecOfPod(pod, spec)));
  return errs;
}

/** The checks of validatePodMetadataAndSpec that read the spec alone (a generic ephemeral volume aside). */
function validateSpecOfPod(pod: Pod, spec: NonNullable<Pod['spec']>): FieldError[] {
  const errs = validatePodSpec(spec, 'spec', { podName: pod.metadata.name, resourceIsPod: true });
  if (!spec.serviceAccountName) errs.push(...forbidTokenProjections(pod));
  errs.push(...validateImageWhitespace(spec.containers, 'spec.containers'), ...validateImageWhitespace(spec.initContainers, 'spec.initContainers'));
  return errs;
}

const CLEAN_SPEC = new CleanPodSpec();

export function validatePodCreate(pod: Pod): FieldError[] {
  const errs = validatePodMetadataAndSpec(pod);
  const spec = pod.spec ?? {};
  if ((spec.ephemeralContainers ?? []).length > 0) errs.push(fieldError.forbidden('spec.ephemeralContainers', 'cannot be set on create'));
  if (spec.nodeName && (spec.schedulingGates ?? []).length > 0) {
    errs.push(fieldError.forbidden('spec.nodeName', 'cannot be set until all schedulingGates have been cleared'));
  }
  return errs;
}

/** ValidatePodTemplateSpec: labels, annotations and the spec, with no pod-only checks. */
export function validatePodTemplateSpec(template: PodTemplateSpec | undefined, path: string): FieldError[] {
  const meta = template?.metadata ?? {};
  const spec = template?.spec ?? {};
  const errs = [...validateLabels(meta.labels, child(path, 'labels')), ...validateAnnotations(meta.annotations, child(path, 'annotations'))];
  errs.push(...validatePodSpecificAnnotations(meta.annotations, spec.nodeName, child(path, 'annotations')));
  errs.push(...validatePodSpec(spec, child(path, 'spec'), { resourceIsPod: false }));
  if ((spec.ephemeralContainers ?? []).length > 0) errs.push(fieldError.forbidden(child(path, 'spec', 'ephemeralContainers'), 'ephemeral containers not allowed in pod template'));
  return errs;
}

/** ValidatePodSpecificAnnotations: the mirror-pod annotation needs a node; the deletion cost must be an int32. */
export function validatePodSpecificAnnotations(annotations: Record<string, string> | undefined, nodeName: string | undefined, path = 'metadata.annotations'): FieldError[] {
  const errs: FieldError[] = [];
  const mirror = annotations?.['kubernetes.io/config.mirror'];
  if (mirror !== undefined && !nodeName) {
    errs.push(fieldError.invalid(`${path}[kubernetes.io/config.mirror]`, mirror, 'must set spec.nodeName if mirror pod annotation is set'));
  }
  const cost = annotations?.['controller.kubernetes.io/pod-deletion-cost'];
  if (cost !== undefined && !isInt32(cost)) errs.push(fieldError.invalid(`${path}[controller.kubernetes.io/pod-deletion-cost]`, cost, 'must be a 32bit integer'));
  return errs;
}

const isInt32 = (s: string): boolean => /^[+-]?\d+$/.test(s) && Number(s) >= -2147483648 && Number(s) <= 2147483647;

function forbidTokenProjections(pod: Pod): FieldError[] {
  const errs: FieldError[] = [];
  (pod.spec?.volumes ?? []).forEach((vol, vi) =>
    (vol.projected?.sources ?? []).forEach((source, si) => {
      if (source.serviceAccountToken) {
        errs.push(fieldError.forbidden(`spec.volumes[${vi}].projected.sources[${si}].serviceAccountToken`, 'must not be specified when serviceAccountName is not set'));
      }
    }),
  );
  return errs;
}

function validateImageWhitespace(containers: readonly Container[] | undefined, path: string): FieldError[] {
  // A loop rather than flatMap: this runs for every pod created.
  const errs: FieldError[] = [];
  (containers ?? []).forEach((ctr, i) => {
    if (ctr.image !== undefined && ctr.image !== ctr.image.trim()) errs.push(fieldError.invalid(child(index(path, i), 'image'), ctr.image, 'must not have leading or trailing whitespace'));
  });
  return errs;
}
