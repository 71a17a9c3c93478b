/**
 * Namespace: ValidateNamespace / ValidateNamespaceUpdate of pkg/apis/core/validation. The name is a DNS
 * label; spec.finalizers are qualified or standard names, reported without an index (as in Go).
 */
import type { FieldError } from '../api-error';
import type { Namespace } from '../schemas';
import { nameIsDNSLabel, validateKubeFinalizerName, validateLabelName, validateObjectMeta, validateObjectMetaUpdate } from './object-meta';

export function validateNamespace(ns: Namespace): FieldError[] {
  const errs = validateObjectMeta(ns.metadata, false, nameIsDNSLabel);
  for (const f of ns.spec?.finalizers ?? []) errs.push(...validateLabelName(f, 'spec.finalizers'), ...validateKubeFinalizerName(f, 'spec.finalizers'));
  return errs;
}

export function validateNamespaceUpdate(ns: Namespace, old: Namespace): FieldError[] {
  return validateObjectMetaUpdate(ns.metadata, old.metadata);
}
