/**
 * A kind's table as the apiserver's table convertor defines it (pkg/printers/internalversion/printers.go):
 * column definitions (priority 1 = only with `-o wide`) and a row function that always produces the wide
 * cells, as the apiserver does (it generates tables with `Wide: true` and kubectl drops priority columns).
 */
import { humanDuration } from '../../../clock';
import { path, timeOf } from '../object-fields';

export interface Column {
  name: string;
  /** 1 for `-o wide` columns. */
  priority?: 1;
  /** The `Format: "name"` column that gets the `kind/` prefix when several kinds are printed. */
  isName?: boolean;
}

export type Cell = string | number | boolean;

export interface ColumnSet {
  columns: readonly Column[];
  row(object: unknown, now: number): Cell[];
}

export const NAME: Column = { name: 'Name', isName: true };
export const AGE: Column = { name: 'Age' };

export function wide(name: string): Column {
  return { name, priority: 1 };
}

/** `translateTimestampSince`: HumanDuration of now − creationTimestamp, `<unknown>` when unset. */
export function age(object: unknown, now: number): string {
  return since(path(object, 'metadata.creationTimestamp'), now);
}

export function since(timestamp: unknown, now: number): string {
  const ms = timeOf(timestamp);
  return ms === undefined ? '<unknown>' : humanDuration(now - ms);
}

export function nameOf(object: unknown): string {
  const name = path(object, 'metadata.name');
  return typeof name === 'string' ? name : '';
}
