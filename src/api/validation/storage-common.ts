/**
 * The access-mode and volume-mode rules PersistentVolume and PersistentVolumeClaim specs share
 * (pkg/apis/core/validation supportedAccessModes / supportedVolumeModes).
 */
import type { FieldError } from '../api-error';
import { fieldError } from '../field-errors';

export const ACCESS_MODES = ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'];
export const VOLUME_MODES = ['Block', 'Filesystem'];

/** Required when empty (with `requiredDetail`), each mode supported, ReadWriteOncePod alone. */
export function validateAccessModes(modes: readonly string[] | undefined, path: string, requiredDetail: string): FieldError[] {
  const list = modes ?? [];
  const errs = list.length === 0 ? [fieldError.required(path, requiredDetail)] : [];
  for (const mode of list) if (!ACCESS_MODES.includes(mode)) errs.push(fieldError.unsupported(path, mode, ACCESS_MODES));
  if (list.includes('ReadWriteOncePod') && list.some((m) => m !== 'ReadWriteOncePod' && ACCESS_MODES.includes(m))) {
    errs.push(fieldError.forbidden(path, 'may not use ReadWriteOncePod with other access modes'));
  }
  return errs;
}
