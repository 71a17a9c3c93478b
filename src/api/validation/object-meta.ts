/**
 * ObjectMeta validation: apimachinery/pkg/api/validation/objectmeta.go and generic.go, the label helpers
 * of apimachinery/pkg/apis/meta/v1/validation, plus core's finalizer-name check
 * (pkg/apis/core/validation ValidateObjectMeta). Go iterates maps in random order; kubespec sorts keys so
 * that several errors always come out in the same order.
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';
import type { ObjectMeta, OwnerReference } from '../object';
import { child, index } from './field-path';
import { goStringSlice } from './go-value';
import { invalidGo } from './go-errors';
import { byteLength, isDNS1035Label, isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isValidLabelValue } from './string-formats';
import { compareGoStrings } from '../go-string-order';
import { ValidSubtrees } from './valid-subtrees';

/** ValidateNameFunc: `prefix` is true for generateName, whose trailing dash is allowed. */
export type NameFn = (name: string, prefix: boolean) => string[];

// generic.go maskTrailingDash: a generateName prefix may end in '-'.
const maskTrailingDash = (name: string, prefix: boolean): string => (prefix && name.length > 1 && name.endsWith('-') ? `${name.slice(0, -2)}a` : name);

export const nameIsDNSSubdomain: NameFn = (name, prefix) => isDNS1123Subdomain(maskTrailingDash(name, prefix));
export const nameIsDNSLabel: NameFn = (name, prefix) => isDNS1123Label(maskTrailingDash(name, prefix));
export const nameIsDNS1035Label: NameFn = (name, prefix) => isDNS1035Label(maskTrailingDash(name, prefix));

export const IS_NEGATIVE_ERROR_MSG = 'must be greater than or equal to 0';
export const FIELD_IMMUTABLE_ERROR_MSG = 'field is immutable';
const TOTAL_ANNOTATION_SIZE_LIMIT_B = 256 * 1024;
const STANDARD_FINALIZERS = new Set(['kubernetes', 'orphan', 'foregroundDeletion']);

export const sortedEntries = <T>(m: Readonly<Record<string, T>> | null | undefined): [string, T][] =>
  Object.entries(m ?? {}).sort(([a], [b]) => compareGoStrings(a, b));

export function validateNonnegative(value: number | undefined | null, path: string): FieldError[] {
  return value !== undefined && value !== null && value < 0 ? [fieldError.invalid(path, value, IS_NEGATIVE_ERROR_MSG)] : [];
}

export function validateLabelName(name: string, path: string): FieldError[] {
  return isQualifiedName(name).map((msg) => fieldError.invalid(path, name, msg));
}

const VALID_LABELS = new ValidSubtrees();
const VALID_ANNOTATIONS = new ValidSubtrees();
const VALID_OWNER_REFERENCES = new ValidSubtrees();

export function validateLabels(labels: Readonly<Record<string, string>> | null | undefined, path: string): FieldError[] {
  if (!labels || VALID_LABELS.has(labels)) return [];
  const errs = sortedEntries(labels).flatMap(([k, v]) => [
    ...validateLabelName(k, path),
    ...isValidLabelValue(v).map((msg) => fieldError.invalid(path, v, msg)),
  ]);
  return VALID_LABELS.remember(labels, errs);
}

export function validateAnnotations(annotations: Readonly<Record<string, string>> | null | undefined, path: string): FieldError[] {
  if (!annotations || VALID_ANNOTATIONS.has(annotations)) return [];
  return VALID_ANNOTATIONS.remember(annotations, annotationErrors(annotations, path));
}

function annotationErrors(annotations: Readonly<Record<string, string>>, path: string): FieldError[] {
  const entries = sortedEntries(annotations);
  const errs = entries.flatMap(([k]) => isQualifiedName(k.toLowerCase()).map((msg) => fieldError.invalid(path, k, msg)));
  const size = entries.reduce((sum, [k, v]) => sum + byteLength(k) + byteLength(v), 0);
  if (size > TOTAL_ANNOTATION_SIZE_LIMIT_B) errs.push(fieldError.tooLong(path, TOTAL_ANNOTATION_SIZE_LIMIT_B));
  return errs;
}

function validateOwnerReference(ref: Partial<OwnerReference>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const apiVersion = ref.apiVersion ?? '';
  const version = apiVersion.includes('/') ? apiVersion.split('/')[1] : apiVersion;
  if (!version) errs.push(fieldError.invalid(child(path, 'apiVersion'), apiVersion, 'version must not be empty'));
  if (!ref.kind) errs.push(fieldError.invalid(child(path, 'kind'), ref.kind ?? '', 'must not be empty'));
  if (!ref.name) errs.push(fieldError.invalid(child(path, 'name'), ref.name ?? '', 'must not be empty'));
  if (!ref.uid) errs.push(fieldError.invalid(child(path, 'uid'), ref.uid ?? '', 'must not be empty'));
  return errs;
}

export function validateOwnerReferences(refs: readonly Partial<OwnerReference>[] | undefined, path: string): FieldError[] {
  if (!refs || VALID_OWNER_REFERENCES.has(refs)) return [];
  return VALID_OWNER_REFERENCES.remember(refs, ownerReferenceErrors(refs, path));
}

function ownerReferenceErrors(refs: readonly Partial<OwnerReference>[], path: string): FieldError[] {
  const errs: FieldError[] = [];
  let firstController = '';
  for (const ref of refs) {
    errs.push(...validateOwnerReference(ref, path));
    if (ref.controller !== true) continue;
    const current = `${ref.kind ?? ''}/${ref.name ?? ''}`;
    if (!firstController) firstController = current;
    else
      errs.push(
        invalidGo(path, '[]v1.OwnerReference{...}', `Only one reference can have Controller set to true. Found "true" in references for ${firstController} and ${current}`),
      );
  }
  return errs;
}

/** ValidateFinalizers plus core's validateKubeFinalizerName (which indexes each entry). */
function validateFinalizers(finalizers: readonly string[] | undefined, path: string): FieldError[] {
  const list = finalizers ?? [];
  const errs = list.flatMap((f) => isQualifiedName(f).map((msg) => fieldError.invalid(path, f, msg)));
  if (list.includes('orphan') && list.includes('foregroundDeletion')) {
    errs.push(invalidGo(path, goStringSlice(list), 'finalizer orphan and foregroundDeletion cannot be both set'));
  }
  list.forEach((f, i) => errs.push(...validateKubeFinalizerName(f, index(path, i))));
  return errs;
}

export function validateKubeFinalizerName(name: string, path: string): FieldError[] {
  if (name.includes('/') || STANDARD_FINALIZERS.has(name)) return [];
  return [fieldError.invalid(path, name, 'name is neither a standard finalizer name nor is it fully qualified')];
}

/** ValidateObjectMeta (on create). */
export function validateObjectMeta(meta: ObjectMeta, requiresNamespace: boolean, nameFn: NameFn, path = 'metadata'): FieldError[] {
  const errs: FieldError[] = [];
  if (meta.generateName) errs.push(...nameFn(meta.generateName, true).map((msg) => fieldError.invalid(child(path, 'generateName'), meta.generateName, msg)));
  if (!meta.name) errs.push(fieldError.required(child(path, 'name'), 'name or generateName is required'));
  else errs.push(...nameFn(meta.name, false).map((msg) => fieldError.invalid(child(path, 'name'), meta.name, msg)));
  return [...errs, ...validateMetaCommon(meta, requiresNamespace, path), ...validateFinalizers(meta.finalizers, child(path, 'finalizers'))];
}

function validateMetaCommon(meta: ObjectMeta, requiresNamespace: boolean, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (requiresNamespace) {
    if (!meta.namespace) errs.push(fieldError.required(child(path, 'namespace')));
    else errs.push(...nameIsDNSLabel(meta.namespace, false).map((msg) => fieldError.invalid(child(path, 'namespace'), meta.namespace, msg)));
  } else if (meta.namespace) {
    errs.push(fieldError.forbidden(child(path, 'namespace'), 'not allowed on this type'));
  }
  errs.push(...validateNonnegative(meta.generation, child(path, 'generation')));
  errs.push(...validateLabels(meta.labels, child(path, 'labels')));
  errs.push(...validateAnnotations(meta.annotations, child(path, 'annotations')));
  errs.push(...validateOwnerReferences(meta.ownerReferences, child(path, 'ownerReferences')));
  return errs;
}

/**
 * ValidateObjectMetaUpdate. The resourceVersion, uid and timestamp checks are left to the api-server, which
 * carries those fields over from the stored object before validation runs.
 */
export function validateObjectMetaUpdate(meta: ObjectMeta, old: ObjectMeta, path = 'metadata'): FieldError[] {
  const errs: FieldError[] = [];
  if (old.deletionTimestamp) {
    const added = [...new Set(meta.finalizers ?? [])].filter((f) => !(old.finalizers ?? []).includes(f)).sort();
    if (added.length > 0) {
      errs.push(fieldError.forbidden(child(path, 'finalizers'), `no new finalizers can be added if the object is being deleted, found new finalizers ${goStringSlice(added)}`));
    }
  }
  if ((meta.generation ?? 0) < (old.generation ?? 0)) errs.push(fieldError.invalid(child(path, 'generation'), meta.generation ?? 0, 'must not be decremented'));
  errs.push(...validateImmutable(meta.name ?? '', old.name ?? '', child(path, 'name')));
  errs.push(...validateImmutable(meta.namespace ?? '', old.namespace ?? '', child(path, 'namespace')));
  errs.push(...validateLabels(meta.labels, child(path, 'labels')));
  errs.push(...validateAnnotations(meta.annotations, child(path, 'annotations')));
  errs.push(...validateOwnerReferences(meta.ownerReferences, child(path, 'ownerReferences')));
  return [...errs, ...validateFinalizers(meta.finalizers, child(path, 'finalizers'))];
}

/** ValidateImmutableField for values goValue renders (strings, numbers, string maps and slices). */
export function validateImmutable(value: unknown, old: unknown, path: string): FieldError[] {
  return deepEqual(value, old) ? [] : [fieldError.invalid(path, value, FIELD_IMMUTABLE_ERROR_MSG)];
}

/** apiequality.Semantic.DeepEqual on decoded JSON: absent, null, empty lists and empty maps are all equal to unset. */
export function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
}

function normalize(v: unknown): unknown {
  if (Array.isArray(v)) return v.length === 0 ? undefined : v.map(normalize);
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v)
      .map(([k, x]) => [k, normalize(x)] as const)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => compareGoStrings(a, b));
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return v === null ? undefined : v;
}
