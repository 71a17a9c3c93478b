/**
 * Role/ClusterRole and RoleBinding/ClusterRoleBinding describers (k8s.io/kubectl/pkg/describe/describe.go):
 * rules are broken down to one verb each, compacted back per resource (k8s.io/kubectl/pkg/util/rbac) and
 * sorted by the PolicyRule's Go `String()`.
 */
import { type KubeObject } from '../../../api/object';
import { arr, obj, str, strs } from '../object-fields';
import { annotationsSection, goList, labelsSection } from './common-sections';
import { DescribeWriter } from './describe-writer';
import { compareGoStrings } from '../../../api/go-string-order';

interface Rule {
  verbs: string[];
  apiGroups: string[];
  resources: string[];
  resourceNames: string[];
  nonResourceURLs: string[];
}

export function describeRole(role: KubeObject): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${str(role.metadata.name)}\n`);
  labelsSection(w, 'Labels', role.metadata.labels);
  annotationsSection(w, 'Annotations', role.metadata.annotations);
  w.write(0, 'PolicyRule:\n');
  w.write(1, 'Resources\tNon-Resource URLs\tResource Names\tVerbs\n');
  w.write(1, '---------\t-----------------\t--------------\t-----\n');
  const rules = compact(arr(obj(role).rules).flatMap(breakdown)).sort((a, b) => compareGoStrings(ruleString(a), ruleString(b)));
  for (const r of rules) w.write(1, `${combineResourceGroup(r.resources, r.apiGroups)}\t${goList(r.nonResourceURLs)}\t${goList(r.resourceNames)}\t${goList(r.verbs)}\n`);
  return w.toString();
}

function breakdown(rule: Record<string, unknown>): Rule[] {
  const [verbs, names] = [strs(rule.verbs), strs(rule.resourceNames)];
  const out: Rule[] = [];
  for (const group of strs(rule.apiGroups)) {
    for (const resource of strs(rule.resources)) {
      for (const verb of verbs) {
        const base = { verbs: [verb], apiGroups: [group], resources: [resource], nonResourceURLs: [] };
        if (names.length > 0) for (const name of names) out.push({ ...base, resourceNames: [name] });
        else out.push({ ...base, resourceNames: [] });
      }
    }
  }
  for (const url of strs(rule.nonResourceURLs)) for (const verb of verbs) out.push({ verbs: [verb], apiGroups: [], resources: [], resourceNames: [], nonResourceURLs: [url] });
  return out;
}

/** `CompactRules`: simple one-group, one-resource rules with the same resource name merge their verbs. */
function compact(rules: Rule[]): Rule[] {
  const simple = new Map<string, Rule>();
  const others: Rule[] = [];
  for (const r of rules) {
    if (r.nonResourceURLs.length > 0 || r.resourceNames.length > 1 || r.apiGroups.length !== 1 || r.resources.length !== 1) {
      others.push(r);
      continue;
    }
    const key = JSON.stringify([r.apiGroups[0], r.resources[0], r.resourceNames[0] ?? null]);
    const existing = simple.get(key);
    if (existing) {
      for (const v of r.verbs) if (!existing.verbs.includes(v)) existing.verbs.push(v);
    } else {
      simple.set(key, { ...r, verbs: [...r.verbs] });
    }
  }
  return [...others, ...simple.values()];
}

/** The gogo-generated `PolicyRule.String()`, which orders the rules. */
function ruleString(r: Rule): string {
  return `&PolicyRule{Verbs:${goList(r.verbs)},APIGroups:${goList(r.apiGroups)},Resources:${goList(r.resources)},ResourceNames:${goList(r.resourceNames)},NonResourceURLs:${goList(r.nonResourceURLs)},}`;
}

/** `CombineResourceGroup`: `deployments.apps`, `pods/log`, `deployments.apps/scale`. */
function combineResourceGroup(resources: string[], groups: string[]): string {
  if (resources.length === 0) return '';
  const [resource, sub] = resources[0]!.split(/\/(.*)/s) as [string, string?];
  let combined = resource;
  if (groups.length > 0 && groups[0] !== '') combined += `.${groups[0]}`;
  return sub !== undefined ? `${combined}/${sub}` : combined;
}

export function describeRoleBinding(binding: KubeObject): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${str(binding.metadata.name)}\n`);
  labelsSection(w, 'Labels', binding.metadata.labels);
  annotationsSection(w, 'Annotations', binding.metadata.annotations);
  const roleRef = obj(obj(binding).roleRef);
  w.write(0, 'Role:\n');
  w.write(1, `Kind:\t${str(roleRef.kind)}\n`);
  w.write(1, `Name:\t${str(roleRef.name)}\n`);
  w.write(0, 'Subjects:\n');
  w.write(1, 'Kind\tName\tNamespace\n');
  w.write(1, '----\t----\t---------\n');
  for (const s of arr(obj(binding).subjects)) w.write(1, `${str(s.kind)}\t${str(s.name)}\t${str(s.namespace)}\n`);
  return w.toString();
}
