/**
 * `kubectl get` tables: the apiserver's columns for each kind, decorated on the client as cli-runtime's
 * HumanReadablePrinter does (k8s.io/cli-runtime/pkg/printers/tableprinter.go `decorateTable`, `printTable`):
 * NAMESPACE first with `-A`, `-L` label columns and LABELS last, `kind/` name prefixes for mixed kinds,
 * upper-case headers, priority-1 columns only with `-o wide`; then aligned by the tabwriter.
 */
import { type KubeObject } from '../../api/object';
import { resourceForKind } from '../../api/resources';
import { COLUMN_SETS } from './columns';
import { type Cell, type Column, type ColumnSet } from './columns/column-set';
import { ROLE_COLUMNS } from './columns/other-columns';
import { formatLabels } from './labels';
import { obj, str } from './object-fields';
import { TABLE_TABWRITER, alignTabs } from './tabwriter';

export interface TableOptions {
  now: number;
  wide?: boolean;
  showLabels?: boolean;
  /** `-A`: a NAMESPACE column first (ignored for cluster-scoped kinds, as kubectl does). */
  withNamespace?: boolean;
  noHeaders?: boolean;
  /** `-L key`: one column per key, headed by the key's last path segment in upper case. */
  labelColumns?: readonly string[];
  /** `kind/name` in the NAME column, when several kinds are printed (`get all`, `get pods,svc`). */
  showKind?: boolean;
}

/** The table for objects of one kind; "" for no objects (kubectl then prints `noResourcesMessage` on stderr). */
export function printTable(kind: string, objects: readonly KubeObject[], options: TableOptions): string {
  if (objects.length === 0) return '';
  const set = COLUMN_SETS[kind] ?? ROLE_COLUMNS;
  const visible = set.columns.flatMap((column, index) => (options.wide || !column.priority ? [{ column, index }] : []));
  const withNamespace = options.withNamespace === true && resourceForKind(kind)?.namespaced !== false;
  const labelKeys = options.labelColumns ?? [];
  const lines: string[][] = [];
  if (!options.noHeaders) {
    const headers = [...visible.map((v) => v.column.name), ...labelKeys.map(labelHeader), ...(options.showLabels ? ['Labels'] : [])];
    lines.push([...(withNamespace ? ['NAMESPACE'] : []), ...headers.map((h) => h.toUpperCase())]);
  }
  const shown = visible.map((v) => v.index);
  for (const object of objects) {
    const cells = rowCells(kind, set, object, options);
    const metadata = obj(obj(object).metadata);
    const row = withNamespace ? [str(metadata.namespace)] : [];
    for (const index of shown) if (index < cells.length) row.push(cellText(cells[index]!));
    if (labelKeys.length > 0 || options.showLabels) {
      const labels = obj(metadata.labels);
      for (const key of labelKeys) row.push(str(labels[key]));
      if (options.showLabels) row.push(formatLabels(labels));
    }
    lines.push(row);
  }
  return alignTabs(lines.map((cells) => `${cells.join('\t')}\n`).join(''), TABLE_TABWRITER);
}

/**
 * Several kinds in one `kubectl get` (`get all`, `get pods,svc`): one table per kind, separated by an empty
 * line, each aligned on its own (kubectl flushes its tabwriter when the resource changes).
 */
export function printTables(groups: readonly { kind: string; objects: readonly KubeObject[] }[], options: TableOptions): string {
  const showKind = options.showKind ?? groups.filter((g) => g.objects.length > 0).length > 1;
  const tables = groups.map((g) => printTable(g.kind, g.objects, { ...options, showKind })).filter((t) => t !== '');
  return tables.join(options.noHeaders ? '' : '\n');
}

/** What kubectl prints on stderr when nothing matched: namespaced listings name the namespace. */
export function noResourcesMessage(namespace: string | undefined): string {
  return namespace === undefined ? 'No resources found' : `No resources found in ${namespace} namespace.`;
}

function rowCells(kind: string, set: ColumnSet, object: KubeObject, options: TableOptions): Cell[] {
  const cells = set.row(object, options.now);
  if (!options.showKind) return cells;
  const nameIndex = set.columns.findIndex((c: Column) => c.isName);
  if (nameIndex >= 0) cells[nameIndex] = `${kindPrefix(kind)}/${String(cells[nameIndex])}`;
  return cells;
}

/** `strings.ToLower(GroupKind.String())`: `pod`, `deployment.apps`, `cronjob.batch`. */
export function kindPrefix(kind: string): string {
  const group = resourceForKind(kind)?.group ?? '';
  return (group ? `${kind}.${group}` : kind).toLowerCase();
}

function labelHeader(key: string): string {
  return key.split('/').pop() ?? key;
}

const LINE_BREAK = /[\f\n\r]/;

/** `printTable`: a cell is cut at its first line break and marked with `...`. */
function cellText(cell: Cell): string {
  const text = String(cell);
  const cut = text.search(LINE_BREAK);
  return cut >= 0 ? `${text.slice(0, cut)}...` : text;
}
