/**
 * Does one set of rules cover another? pkg/registry/rbac/validation/policy_comparator.go (Covers,
 * BreakdownRule, ruleCovers) and policy_compact.go (CompactRules), used by escalation prevention and by
 * `kubectl auth can-i --list` (whose k8s.io/kubectl/pkg/util/rbac copy behaves the same).
 */
import type { PolicyRule } from '../api/schemas';
import { API_GROUP_ALL, RESOURCE_ALL, VERB_ALL } from './policy-rule';

/** The rules of `servant` that no rule of `owner` covers, each broken down to one verb/resource/name. */
export function uncoveredRules(owner: readonly PolicyRule[], servant: readonly PolicyRule[]): PolicyRule[] {
  return servant.flatMap(breakdownRule).filter((sub) => !owner.some((o) => ruleCovers(o, sub)));
}

/** One rule per (group, resource, verb, name) and per (URL, verb). */
export function breakdownRule(rule: PolicyRule): PolicyRule[] {
  const subrules: PolicyRule[] = [];
  for (const group of rule.apiGroups ?? []) {
    for (const resource of rule.resources ?? []) {
      for (const verb of rule.verbs ?? []) {
        const names = rule.resourceNames ?? [];
        if (names.length === 0) subrules.push({ apiGroups: [group], resources: [resource], verbs: [verb] });
        for (const name of names) subrules.push({ apiGroups: [group], resources: [resource], verbs: [verb], resourceNames: [name] });
      }
    }
  }
  for (const url of rule.nonResourceURLs ?? []) for (const verb of rule.verbs ?? []) subrules.push({ nonResourceURLs: [url], verbs: [verb] });
  return subrules;
}

function ruleCovers(owner: PolicyRule, sub: PolicyRule): boolean {
  const has = (set: readonly string[] | undefined, item: string) => (set ?? []).includes(item);
  const hasAll = (set: readonly string[] | undefined, items: readonly string[] | undefined) => (items ?? []).every((i) => has(set, i));
  const verbs = has(owner.verbs, VERB_ALL) || hasAll(owner.verbs, sub.verbs);
  const groups = has(owner.apiGroups, API_GROUP_ALL) || hasAll(owner.apiGroups, sub.apiGroups);
  const subNames = sub.resourceNames ?? [];
  const ownerNames = owner.resourceNames ?? [];
  const names = subNames.length === 0 ? ownerNames.length === 0 : ownerNames.length === 0 || hasAll(ownerNames, subNames);
  return verbs && groups && names && resourcesCover(owner.resources ?? [], sub.resources ?? []) && urlsCover(owner.nonResourceURLs ?? [], sub.nonResourceURLs ?? []);
}

function resourcesCover(owner: readonly string[], wanted: readonly string[]): boolean {
  if (owner.includes(RESOURCE_ALL)) return true;
  // A subresource is also covered by `*/<subresource>`.
  return wanted.every((path) => owner.includes(path) || (path.includes('/') && owner.includes(`*/${path.split('/').slice(1).join('/')}`)));
}

function urlsCover(owner: readonly string[], wanted: readonly string[]): boolean {
  return wanted.every((path) => owner.some((o) => o === path || (o.endsWith('*') && path.startsWith(o.replace(/\*+$/, '')))));
}

/**
 * CompactRules: rules with one group, one resource, at most one name and nothing else merge their verbs
 * (without repeats); all other rules stay as they are. Merged rules follow the others, in first-seen order.
 */
export function compactRules(rules: readonly PolicyRule[]): PolicyRule[] {
  const compacted: PolicyRule[] = [];
  const simple = new Map<string, PolicyRule>();
  for (const rule of rules) {
    const key = simpleResourceKey(rule);
    if (key === undefined) {
      compacted.push(rule);
      continue;
    }
    const existing = simple.get(key);
    if (!existing) simple.set(key, { ...rule, verbs: [...(rule.verbs ?? [])] });
    else for (const verb of rule.verbs ?? []) if (!existing.verbs!.includes(verb)) existing.verbs!.push(verb);
  }
  return [...compacted, ...simple.values()];
}

function simpleResourceKey(rule: PolicyRule): string | undefined {
  if ((rule.resourceNames ?? []).length > 1 || (rule.nonResourceURLs ?? []).length > 0) return undefined;
  if ((rule.apiGroups ?? []).length !== 1 || (rule.resources ?? []).length !== 1) return undefined;
  const names = rule.resourceNames ?? [];
  return JSON.stringify([rule.apiGroups![0], rule.resources![0], names.length > 0, names[0] ?? '']);
}

/** `{APIGroups:[""], Resources:["pods"], Verbs:["get" "list"]}` (rbac/v1 CompactString). */
export function compactString(rule: PolicyRule): string {
  const quoted = (values: readonly string[]) => `[${values.map((v) => JSON.stringify(v)).join(' ')}]`;
  const parts: [string, readonly string[] | undefined][] = [
    ['APIGroups', rule.apiGroups],
    ['Resources', rule.resources],
    ['NonResourceURLs', rule.nonResourceURLs],
    ['ResourceNames', rule.resourceNames],
    ['Verbs', rule.verbs],
  ];
  return `{${parts.filter(([, v]) => (v ?? []).length > 0).map(([k, v]) => `${k}:${quoted(v!)}`).join(', ')}}`;
}
