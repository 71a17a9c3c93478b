/** Matching a metav1.LabelSelector object against labels, for the related objects describers look up. */
import { arr, obj, record, str, strs } from '../object-fields';

export function labelSelectorMatches(selector: unknown, labels: Record<string, string>): boolean {
  const s = obj(selector);
  if (selector === undefined || selector === null) return false;
  for (const [k, v] of Object.entries(record(s.matchLabels))) if (labels[k] !== v) return false;
  return arr(s.matchExpressions).every((e) => {
    const key = str(e.key);
    const has = Object.prototype.hasOwnProperty.call(labels, key);
    const values = strs(e.values);
    switch (str(e.operator)) {
      case 'In':
        return has && values.includes(labels[key]!);
      case 'NotIn':
        return !has || !values.includes(labels[key]!);
      case 'Exists':
        return has;
      case 'DoesNotExist':
        return !has;
    }
    return false;
  });
}
