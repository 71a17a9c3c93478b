/**
 * IP and CIDR checks: apimachinery IsValidIP / IsValidCIDR and core's ValidateNonSpecialIP (v1.32).
 * Go's ParseIPSloppy also accepts IPv4 octets with leading zeros, which node:net rejects; kubespec
 * accepts them too.
 */
import { isIP } from 'node:net';
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';

const stripLeadingZeros = (ip: string): string => (/^[\d.]+$/.test(ip) ? ip.split('.').map((o) => String(Number(o))).join('.') : ip);

export function ipVersion(ip: string): 0 | 4 | 6 {
  return isIP(stripLeadingZeros(ip)) as 0 | 4 | 6;
}

export function validateIP(path: string, value: string): FieldError[] {
  return ipVersion(value) === 0 ? [fieldError.invalid(path, value, 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)')] : [];
}

export function validateCIDR(path: string, value: string): FieldError[] {
  const [ip = '', bits, ...rest] = value.split('/');
  const version = ipVersion(ip);
  const max = version === 4 ? 32 : 128;
  const ok = version !== 0 && rest.length === 0 && bits !== undefined && /^\d+$/.test(bits) && Number(bits) <= max;
  return ok ? [] : [fieldError.invalid(path, value, 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)')];
}

/** ValidateNonSpecialIP: no unspecified, loopback or link-local addresses (Endpoints, external IPs). */
export function validateNonSpecialIP(value: string, path: string): FieldError[] {
  const version = ipVersion(value);
  if (version === 0) return [fieldError.invalid(path, value, 'must be a valid IP address')];
  const v4 = version === 4 ? stripLeadingZeros(value) : '';
  const lower = value.toLowerCase();
  const errs: FieldError[] = [];
  if (v4 === '0.0.0.0' || lower === '::') errs.push(fieldError.invalid(path, value, `may not be unspecified (${value})`));
  if (v4.startsWith('127.') || lower === '::1') errs.push(fieldError.invalid(path, value, 'may not be in the loopback range (127.0.0.0/8, ::1/128)'));
  if (v4.startsWith('169.254.') || /^fe[89ab]/.test(lower)) errs.push(fieldError.invalid(path, value, 'may not be in the link-local range (169.254.0.0/16, fe80::/10)'));
  if (v4.startsWith('224.0.0.') || lower.startsWith('ff02:')) errs.push(fieldError.invalid(path, value, 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)'));
  return errs;
}
