/**
 * The label and selector strings printers show: `labels.FormatLabels` and `metav1.FormatLabelSelector`
 * (k8s.io/apimachinery/pkg/labels/labels.go, pkg/apis/meta/v1/helpers.go).
 */
import { arr, obj, record, str, strs } from './object-fields';
import { compareGoStrings } from '../../api/go-string-order';

/** `app=web,tier=fe` with sorted keys, or `<none>`. */
export function formatLabels(labels: unknown): string {
  const entries = Object.entries(record(labels)).sort(([a], [b]) => compareGoStrings(a, b));
  return entries.length === 0 ? '<none>' : entries.map(([k, v]) => `${k}=${v}`).join(',');
}

/**
 * `selector.String()` of `metav1.LabelSelectorAsSelector`: requirements sorted by key; matchLabels print
 * `k=v`, expressions `k in (a,b)`, `k notin (a,b)`, `k`, `!k`. Empty (or nil) selectors print "".
 */
export function labelSelectorString(selector: unknown): string {
  const s = obj(selector);
  const reqs: { key: string; text: string }[] = Object.entries(record(s.matchLabels)).map(([key, value]) => ({ key, text: `${key}=${value}` }));
  for (const e of arr(s.matchExpressions)) {
    const key = str(e.key);
    const values = [...new Set(strs(e.values))].sort(compareGoStrings).join(',');
    const text = { In: `${key} in (${values})`, NotIn: `${key} notin (${values})`, Exists: key, DoesNotExist: `!${key}` }[str(e.operator)];
    if (text !== undefined) reqs.push({ key, text });
  }
  return reqs
    .sort((a, b) => compareGoStrings(a.key, b.key))
    .map((r) => r.text)
    .join(',');
}

/** `metav1.FormatLabelSelector`: the selector string, or `<none>` when it is empty. */
export function formatLabelSelector(selector: unknown): string {
  return labelSelectorString(selector) || '<none>';
}

