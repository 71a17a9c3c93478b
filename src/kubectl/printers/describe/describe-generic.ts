/**
 * kubectl's fallback for kinds without a describer of their own (`genericDescriber` in
 * k8s.io/kubectl/pkg/describe/describe.go, v1.32): Event, ControllerRevision, Lease, PodTemplate, … are printed
 * from their unstructured content, fields in Go's `sort.Strings` order, each name turned into a label by
 * `smartLabelFor` (`involvedObject` → `Involved Object`, `uid` → `UID`).
 */
import { type KubeObject } from '../../../api/object';
import { compareGoStrings } from '../../../api/go-string-order';
import { annotationsSection, labelsSection } from './common-sections';
import { type DescribeContext } from './describe-context';
import { DescribeWriter } from './describe-writer';
import { eventsSection } from './events-section';

/** Paths printed above the content (or of no interest), as the generic describer skips them. */
const SKIPPED = ['.metadata.managedFields', '.metadata.name', '.metadata.namespace', '.metadata.labels', '.metadata.annotations'];

export function describeGeneric(object: KubeObject, ctx: DescribeContext): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${object.metadata.name ?? ''}\n`);
  w.write(0, `Namespace:\t${object.metadata.namespace ?? ''}\n`);
  labelsSection(w, 'Labels', object.metadata.labels);
  annotationsSection(w, 'Annotations', object.metadata.annotations);
  printUnstructuredContent(w, 0, object as unknown as Record<string, unknown>, '');
  eventsSection(w, ctx.events, ctx.now);
  return w.toString();
}

/** `printUnstructuredContent`: maps open a nested block, lists print each item one level deeper, scalars `Label:\tvalue`. */
function printUnstructuredContent(w: DescribeWriter, level: number, content: Record<string, unknown>, skipPrefix: string): void {
  for (const field of Object.keys(content).sort(compareGoStrings)) {
    const value = content[field];
    const skipExpr = `${skipPrefix}.${field}`;
    if (value === undefined || SKIPPED.includes(skipExpr)) continue;
    if (isMap(value)) {
      w.write(level, `${smartLabelFor(field)}:\n`);
      printUnstructuredContent(w, level + 1, value, skipExpr);
    } else if (Array.isArray(value)) {
      w.write(level, `${smartLabelFor(field)}:\n`);
      for (const child of value) {
        if (isMap(child)) printUnstructuredContent(w, level + 1, child, skipExpr);
        else w.write(level + 1, `${goPrint(child)}\n`);
      }
    } else {
      w.write(level, `${smartLabelFor(field)}:\t${goPrint(value)}\n`);
    }
  }
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const COMMON_ACRONYMS = ['API', 'URL', 'UID', 'OSB', 'GUID'];

/** `smartLabelFor`: camel-case words, title-cased, with common acronyms upper-cased; names with other characters stay as they are. */
export function smartLabelFor(field: string): string {
  if (/[^\p{L}-]/u.test(field)) return field;
  return camelCaseSplit(field)
    .filter((part) => part !== '_')
    .map((part) => (COMMON_ACRONYMS.includes(part.toUpperCase()) ? part.toUpperCase() : part.charAt(0).toUpperCase() + part.slice(1)))
    .join(' ');
}

/**
 * github.com/fatih/camelcase `Split`: runs of one character class (lower, upper, digit, other), then an
 * upper-case run followed by a lower-case one gives its last letter to it (`PDFLoader` → `PDF`, `Loader`).
 */
export function camelCaseSplit(text: string): string[] {
  const runs: string[][] = [];
  let lastClass = 0;
  for (const ch of text) {
    const cls = /\p{Ll}/u.test(ch) ? 1 : /\p{Lu}/u.test(ch) ? 2 : /\p{Nd}/u.test(ch) ? 3 : 4;
    if (cls === lastClass) runs[runs.length - 1]!.push(ch);
    else runs.push([ch]);
    lastClass = cls;
  }
  for (let i = 0; i < runs.length - 1; i++) {
    const current = runs[i]!;
    const next = runs[i + 1]!;
    if (/\p{Lu}/u.test(current[0]!) && /\p{Ll}/u.test(next[0]!)) next.unshift(current.pop()!);
  }
  return runs.filter((run) => run.length > 0).map((run) => run.join(''));
}

/** Go's `%v` of a decoded JSON value: `<nil>`, `[a b]`, `map[k:v]` (keys sorted, as fmt prints maps). */
function goPrint(value: unknown): string {
  if (value === null || value === undefined) return '<nil>';
  if (typeof value === 'number') return goFloat(value);
  if (Array.isArray(value)) return `[${value.map(goPrint).join(' ')}]`;
  if (isMap(value)) return `map[${Object.keys(value).sort(compareGoStrings).map((k) => `${k}:${goPrint(value[k])}`).join(' ')}]`;
  return String(value);
}

/**
 * JSON integers decode to int64 and print as digits; other numbers are float64, which `%v` prints as `%g` with
 * the shortest digits, in exponent form when the exponent is < -4 or ≥ 6 (strconv `FormatFloat(f, 'g', -1, 64)`).
 */
function goFloat(n: number): string {
  if (Number.isInteger(n)) return BigInt(n).toString();
  const [mantissa, exponent] = n.toExponential().split('e') as [string, string];
  const exp = Number(exponent);
  if (exp >= -4 && exp < 6) return String(n);
  return `${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}
