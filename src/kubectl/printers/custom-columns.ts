/**
 * `-o custom-columns=NAME:.metadata.name,IP:.status.podIP` (k8s.io/kubectl/pkg/cmd/get/customcolumn.go): each
 * spec is relaxed to `{.path}`, several results join with commas, no result prints `<none>`, values print with
 * Go's `fmt.Sprint` (`map[a:b]`, `[x y]`), aligned by the table tabwriter.
 */
import { JsonPathEvaluator } from './jsonpath/evaluate';
import { JsonPathSyntaxError, parseTemplate } from './jsonpath/parse-template';
import { isMap } from './jsonpath/evaluate';
import { goFloatG } from './yaml/go-float';
import { TABLE_TABWRITER, alignTabs } from './tabwriter';

export class CustomColumnsError extends Error {}

interface CustomColumn {
  header: string;
  template: string;
}

export function parseCustomColumns(spec: string): CustomColumn[] {
  if (spec === '') throw new CustomColumnsError('custom-columns format specified but no custom columns given');
  return spec.split(',').map((part) => {
    const colon = part.indexOf(':');
    if (colon < 0) throw new CustomColumnsError(`unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`);
    return { header: part.slice(0, colon), template: relaxedJsonPath(part.slice(colon + 1)) };
  });
}

/** `RelaxedJSONPathExpression`: `name1.name2`, `.name1.name2`, `{name1.name2}` and `{.name1.name2}` all become `{.name1.name2}`. */
export function relaxedJsonPath(expression: string): string {
  if (expression === '') return expression;
  const m = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/.exec(expression);
  if (!m) {
    throw new CustomColumnsError("unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'");
  }
  return `{.${m[1] || m[2]}}`;
}

export function printCustomColumns(objects: readonly unknown[], spec: string, noHeaders = false): string {
  const columns = parseCustomColumns(spec);
  const parsed = columns.map((c) => parseColumn(c.template));
  const lines: string[] = noHeaders ? [] : [columns.map((c) => c.header).join('\t')];
  for (const object of objects) {
    lines.push(
      parsed
        .map((root) => {
          const groups = new JsonPathEvaluator(true).findResults(object, root.nodes);
          const values = groups.flat().map(goSprint);
          return groups.length === 0 || groups[0]!.length === 0 ? ['<none>', ...values].join(',') : values.join(',');
        })
        .join('\t'),
    );
  }
  return alignTabs(lines.map((l) => `${l}\n`).join(''), TABLE_TABWRITER);
}

/** CustomColumnsPrinter returns the JSONPath parser's error as it is (`error: unterminated array`). */
function parseColumn(template: string): ReturnType<typeof parseTemplate> {
  try {
    return parseTemplate(template);
  } catch (error) {
    if (error instanceof JsonPathSyntaxError) throw new CustomColumnsError(error.message);
    throw error;
  }
}

/** Go's `fmt.Sprint` of unstructured values. */
export function goSprint(value: unknown): string {
  if (value === null || value === undefined) return '<nil>';
  if (Array.isArray(value)) return `[${value.map(goSprint).join(' ')}]`;
  if (isMap(value)) {
    const keys = Object.keys(value).sort();
    return `map[${keys.map((k) => `${k}:${goSprint(value[k])}`).join(' ')}]`;
  }
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : goFloatG(value);
  return String(value);
}
