/**
 * Endpoints: ValidateEndpoints / ValidateEndpointsUpdate of pkg/apis/core/validation (v1.32). Each subset
 * needs addresses (ready or not); addresses must be real, non-special IPs; ports need names when there are
 * several.
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';
import type { EndpointAddress, EndpointPort, Endpoints } from '../schemas';
import { child, index } from './field-path';
import { validateIP, validateNonSpecialIP } from './ip-address';
import { nameIsDNSSubdomain, validateLabelName, validateObjectMeta, validateObjectMetaUpdate } from './object-meta';
import { isDNS1123Label, isValidPortNum } from './string-formats';

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];

function validateAddress(address: EndpointAddress, path: string): FieldError[] {
  const ip = address.ip ?? '';
  const errs = validateIP(child(path, 'ip'), ip);
  if (address.hostname) errs.push(...isDNS1123Label(address.hostname).map((msg) => fieldError.invalid(child(path, 'hostname'), address.hostname, msg)));
  if (address.nodeName !== undefined) errs.push(...nameIsDNSSubdomain(address.nodeName, false).map((msg) => fieldError.invalid(child(path, 'nodeName'), address.nodeName, msg)));
  return [...errs, ...validateNonSpecialIP(ip, child(path, 'ip'))];
}

function validatePort(port: EndpointPort, requireName: boolean, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (requireName && !port.name) errs.push(fieldError.required(child(path, 'name')));
  else if (port.name) errs.push(...isDNS1123Label(port.name).map((msg) => fieldError.invalid(child(path, 'name'), port.name, msg)));
  errs.push(...isValidPortNum(port.port ?? 0).map((msg) => fieldError.invalid(child(path, 'port'), port.port ?? 0, msg)));
  if (port.protocol !== undefined && !PROTOCOLS.includes(port.protocol)) errs.push(fieldError.unsupported(child(path, 'protocol'), port.protocol, PROTOCOLS));
  if (port.appProtocol !== undefined) errs.push(...validateLabelName(port.appProtocol, child(path, 'appProtocol')));
  return errs;
}

export function validateEndpoints(ep: Endpoints): FieldError[] {
  const errs = validateObjectMeta(ep.metadata, true, nameIsDNSSubdomain);
  (ep.subsets ?? []).forEach((ss, i) => {
    const p = index('subsets', i);
    if ((ss.addresses ?? []).length === 0 && (ss.notReadyAddresses ?? []).length === 0) errs.push(fieldError.required(p, 'must specify `addresses` or `notReadyAddresses`'));
    (ss.addresses ?? []).forEach((a, j) => errs.push(...validateAddress(a, index(child(p, 'addresses'), j))));
    (ss.notReadyAddresses ?? []).forEach((a, j) => errs.push(...validateAddress(a, index(child(p, 'notReadyAddresses'), j))));
    (ss.ports ?? []).forEach((port, j) => errs.push(...validatePort(port, (ss.ports ?? []).length > 1, index(child(p, 'ports'), j))));
  });
  return errs;
}

export function validateEndpointsUpdate(ep: Endpoints, old: Endpoints): FieldError[] {
  return [...validateObjectMetaUpdate(ep.metadata, old.metadata), ...validateEndpoints(ep)];
}
