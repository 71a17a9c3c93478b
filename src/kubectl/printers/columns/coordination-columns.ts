/**
 * The Lease table: `printLease` (kubernetes pkg/printers/internalversion/printers.go, v1.32) shows the
 * holder beside the name, empty while no one holds it; AGE is the Lease's, not the last renewal's.
 */
import { path, str } from '../object-fields';
import { AGE, NAME, age, nameOf, type ColumnSet } from './column-set';

export const LEASE_COLUMNS: ColumnSet = {
  columns: [NAME, { name: 'Holder' }, AGE],
  row(lease, now) {
    return [nameOf(lease), str(path(lease, 'spec.holderIdentity')), age(lease, now)];
  },
};
