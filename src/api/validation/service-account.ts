/**
 * ServiceAccount: ValidateServiceAccount / ValidateServiceAccountUpdate of pkg/apis/core/validation: only
 * its metadata, with a DNS-subdomain name.
 */
import type { FieldError } from '../api-error';
import type { ServiceAccount } from '../schemas';
import { nameIsDNSSubdomain, validateObjectMeta, validateObjectMetaUpdate } from './object-meta';

export function validateServiceAccount(sa: ServiceAccount): FieldError[] {
  return validateObjectMeta(sa.metadata, true, nameIsDNSSubdomain);
}

export function validateServiceAccountUpdate(sa: ServiceAccount, old: ServiceAccount): FieldError[] {
  return [...validateObjectMetaUpdate(sa.metadata, old.metadata), ...validateServiceAccount(sa)];
}
