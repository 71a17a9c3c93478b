/**
 * Sections many describers share (k8s.io/kubectl/pkg/describe/describe.go): `printLabelsMultiline`,
 * `printAnnotationsMultiline`, `printController`, tolerations, taints, and Go's RFC 1123Z time format.
 */
import { compareGoStrings } from '../../../api/go-string-order';
import { arr, num, path, record, str, timeOf } from '../object-fields';
import { type DescribeWriter } from './describe-writer';

const MAX_ANNOTATION_LEN = 140;
const SKIPPED_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);

/** `Labels:  app=web` then one `key=value` per line under it, or `<none>`. */
export function labelsSection(w: DescribeWriter, title: string, labels: unknown, initialIndent = '', innerIndent = '\t'): void {
  w.write(0, `${initialIndent}${title}:${innerIndent}`);
  const entries = Object.entries(record(labels)).sort(([a], [b]) => compareGoStrings(a, b));
  if (entries.length === 0) return w.line('<none>');
  entries.forEach(([k, v], i) => {
    if (i !== 0) w.write(0, `${initialIndent}${innerIndent}`);
    w.write(0, `${k}=${v}\n`);
  });
}

/** Annotations, without kubectl's last-applied-configuration; long or multi-line values go below their key. */
export function annotationsSection(w: DescribeWriter, title: string, annotations: unknown): void {
  w.write(0, `${title}:\t`);
  const values = record(annotations);
  const keys = Object.keys(values).filter((k) => !SKIPPED_ANNOTATIONS.has(k)).sort(compareGoStrings);
  if (keys.length === 0) return w.line('<none>');
  keys.forEach((key, i) => {
    if (i !== 0) w.write(0, '\t');
    const value = values[key]!.replace(/\n$/, '');
    if (value.length + key.length + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      w.write(0, `${key}:\n`);
      for (const s of value.split('\n')) w.write(0, `\t  ${s.length > MAX_ANNOTATION_LEN - 2 ? `${s.slice(0, MAX_ANNOTATION_LEN - 2)}...` : s}\n`);
    } else {
      w.write(0, `${key}: ${value}\n`);
    }
  });
}

/** `Kind/name` of the controlling owner, or "". */
export function controllerOf(object: unknown): string {
  const ref = arr(path(object, 'metadata.ownerReferences')).find((r) => r.controller === true);
  return ref ? `${str(ref.kind)}/${str(ref.name)}` : '';
}

export function tolerationsSection(w: DescribeWriter, title: string, tolerations: unknown, initialIndent = ''): void {
  w.write(0, `${initialIndent}${title}:\t`);
  const list = [...arr(tolerations)].sort((a, b) => compareGoStrings(str(a.key), str(b.key)));
  if (list.length === 0) return w.line('<none>');
  list.forEach((t, i) => {
    if (i !== 0) w.write(0, `${initialIndent}\t`);
    let text = str(t.key);
    if (str(t.value)) text += `=${str(t.value)}`;
    if (str(t.effect)) text += `:${str(t.effect)}`;
    if (str(t.operator) === 'Exists' && !str(t.value)) text += str(t.key) || str(t.effect) ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null) text += ` for ${num(t.tolerationSeconds)}s`;
    w.write(0, `${text}\n`);
  });
}

export function taintsSection(w: DescribeWriter, title: string, taints: unknown): void {
  w.write(0, `${title}:\t`);
  const key = (t: Record<string, unknown>) => `${str(t.effect)},${str(t.key)}`;
  const list = [...arr(taints)].sort((a, b) => compareGoStrings(key(a), key(b)));
  if (list.length === 0) return w.line('<none>');
  list.forEach((t, i) => {
    if (i !== 0) w.write(0, '\t');
    w.write(0, `${taintString(t)}\n`);
  });
}

/** `Taint.ToString`: `key=value:Effect`, `key:Effect`. */
export function taintString(t: Record<string, unknown>): string {
  return str(t.value) ? `${str(t.key)}=${str(t.value)}:${str(t.effect)}` : `${str(t.key)}:${str(t.effect)}`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Go's `time.RFC1123Z` in UTC (`Wed, 01 Jan 2025 00:00:00 +0000`); a missing time is Go's zero time. */
export function rfc1123z(timestamp: unknown): string {
  const ms = timeOf(timestamp);
  if (ms === undefined) return 'Mon, 01 Jan 0001 00:00:00 +0000';
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;
}

/** Go's `%v` of a []string: `[a b]`, `[]` when empty. */
export function goList(values: readonly string[]): string {
  return `[${values.join(' ')}]`;
}

/** The `Type  Status  Reason` condition table of deployments and replica sets. */
export function conditionsTable(w: DescribeWriter, conditions: unknown): void {
  const list = arr(conditions);
  if (list.length === 0) return;
  w.write(0, 'Conditions:\n  Type\tStatus\tReason\n');
  w.write(1, '----\t------\t------\n');
  for (const c of list) w.write(1, `${str(c.type)} \t${str(c.status)}\t${str(c.reason)}\n`);
}

export function stringOrNone(s: string): string {
  return s === '' ? '<none>' : s;
}

