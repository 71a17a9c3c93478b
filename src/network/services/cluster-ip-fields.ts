/**
 * The loose pre-validation the allocator runs before it touches a ClusterIP
 * (pkg/apis/core/validation ValidateServiceClusterIPsRelatedFields, called from alloc.go
 * initIPFamilyFields), so a malformed request fails with a validation error, never an allocation one.
 * kubespec's cluster is single-stack IPv4.
 */
import { fieldError, type FieldError } from '../../api';
import type { ServiceSpec } from '../../api/schemas';
import ipaddr from 'ipaddr.js';
import { isIPv4 } from '../ip/cidr';
import { CLUSTER_IP_NONE } from './service-fields';

const INVALID_IP = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';

export function validateClusterIPFields(spec: ServiceSpec): FieldError[] {
  if (spec.type === 'ExternalName') return [];
  const errors = [...syncErrors(spec)];
  const ips = spec.clusterIPs ?? [];
  ips.forEach((ip, i) => {
    if (i === 0 && ip === CLUSTER_IP_NONE) {
      if (ips.length > 1) errors.push(fieldError.invalid('spec.clusterIPs', ips, "'None' must be the first and only value"));
    } else if (!isIPv4(ip) && !ipaddr.IPv6.isValid(ip)) {
      errors.push(fieldError.invalid(`spec.clusterIPs[${i}]`, ip, INVALID_IP));
    } else if (!isIPv4(ip)) {
      errors.push(fieldError.invalid(`spec.clusterIPs[${i}]`, ips, 'IPv6 is not configured on this cluster'));
    }
  });
  if (ips.length > 2) errors.push(fieldError.invalid('spec.clusterIPs', ips, 'may only hold up to 2 values'));
  return errors;
}

function syncErrors(spec: ServiceSpec): FieldError[] {
  const ips = spec.clusterIPs ?? [];
  if (spec.clusterIP) {
    if (ips.length === 0) return [fieldError.required('spec.clusterIPs')];
    if (ips[0] !== spec.clusterIP) return [fieldError.invalid('spec.clusterIPs', ips, 'first value must match `clusterIP`')];
  } else if (ips.length > 0) {
    return [fieldError.invalid('spec.clusterIPs', ips, 'must be empty when `clusterIP` is not specified')];
  }
  return [];
}
