/**
 * Go `%#v` renderings of the API structs that field.Invalid prints when the bad value is a struct or a
 * pointer to one (apimachinery's ErrorBody dereferences pointers and falls back to `%#v` for types without
 * a value-receiver String()). Strings are quoted as strconv.Quote does for printable text.
 */
import type { IntOrString } from '../schemas';
import { compareGoStrings } from '../go-string-order';

export const goQuote = (s: string): string => JSON.stringify(s);

type StringMap = Readonly<Record<string, string>> | null | undefined;

/** `map[string]string{"app":"web"}`, `map[string]string{}` or `map[string]string(nil)`. */
export function goStringMap(m: StringMap): string {
  if (m === null || m === undefined) return 'map[string]string(nil)';
  const entries = Object.entries(m).sort(([a], [b]) => compareGoStrings(a, b));
  return `map[string]string{${entries.map(([k, v]) => `${goQuote(k)}:${goQuote(v)}`).join(', ')}}`;
}

export function goStringSlice(s: readonly string[] | null | undefined): string {
  if (s === null || s === undefined) return '[]string(nil)';
  return `[]string{${s.map(goQuote).join(', ')}}`;
}

/** intstr.IntOrString has only a pointer-receiver String(), so a value prints as its struct. */
export function goIntOrString(v: IntOrString | null | undefined): string {
  if (typeof v === 'string') return `intstr.IntOrString{Type:1, IntVal:0, StrVal:${goQuote(v)}}`;
  return `intstr.IntOrString{Type:0, IntVal:${v ?? 0}, StrVal:""}`;
}

interface SelectorLike {
  matchLabels?: StringMap;
  matchExpressions?: ReadonlyArray<{ key?: string; operator?: string; values?: readonly string[] | null }> | null;
}

/** `v1.LabelSelector{MatchLabels:..., MatchExpressions:...}` (metav1.LabelSelector, printed by value). */
export function goLabelSelector(selector: SelectorLike | null | undefined): string {
  const s = selector ?? {};
  const exprs = s.matchExpressions;
  const renderedExprs =
    exprs === null || exprs === undefined
      ? '[]v1.LabelSelectorRequirement(nil)'
      : `[]v1.LabelSelectorRequirement{${exprs
          .map((e) => `v1.LabelSelectorRequirement{Key:${goQuote(e.key ?? '')}, Operator:${goQuote(e.operator ?? '')}, Values:${goStringSlice(e.values)}}`)
          .join(', ')}}`;
  return `v1.LabelSelector{MatchLabels:${goStringMap(s.matchLabels)}, MatchExpressions:${renderedExprs}}`;
}

/** The (protocol, port) key ValidateService builds to find duplicate ports. */
export function goServicePortKey(protocol: string, port: number): string {
  return `core.ServicePort{Name:"", Protocol:${goQuote(protocol)}, AppProtocol:(*string)(nil), Port:${port}, TargetPort:${goIntOrString(0)}, NodePort:0}`;
}

export function goRoleRef(ref: { apiGroup?: string; kind?: string; name?: string } | undefined): string {
  return `rbac.RoleRef{APIGroup:${goQuote(ref?.apiGroup ?? '')}, Kind:${goQuote(ref?.kind ?? '')}, Name:${goQuote(ref?.name ?? '')}}`;
}

export function goTaint(t: { key?: string; value?: string; effect?: string }): string {
  return `core.Taint{Key:${goQuote(t.key ?? '')}, Value:${goQuote(t.value ?? '')}, Effect:${goQuote(t.effect ?? '')}, TimeAdded:(*v1.Time)(nil)}`;
}
