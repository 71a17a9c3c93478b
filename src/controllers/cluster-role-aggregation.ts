/**
 * The clusterrole-aggregation controller (pkg/controller/clusterroleaggregation): a ClusterRole with an
 * `aggregationRule` gets the union of the rules of every other ClusterRole its selectors match, taken in
 * name order without duplicates. Its own `rules` are overwritten. Any ClusterRole change re-syncs every
 * aggregated role, since a label or rule edit anywhere may change a union.
 */
import { objectKey, selectorFromObject, type KubeObject, type LabelSelectorObject, type ObjectKey, type StoredObject } from '../api';
import type { ClusterRole, PolicyRule } from '../api/schemas';
import type { Controller, StoreView } from './controller';

export const clusterRoleAggregationController: Controller = {
  name: 'clusterrole-aggregation-controller',
  watches: [{ kind: 'ClusterRole', toKeys: (_event, store) => aggregatedRoleKeys(store) }],
  reconcile(key, { store }) {
    const role = store.getByKey(key) as StoredObject<ClusterRole & KubeObject> | undefined;
    if (!role?.aggregationRule) return [];
    const rules = aggregatedRules(role, store);
    // equality.Semantic.DeepEqual treats nil and empty alike: an empty union leaves `rules: null` alone.
    if (sameRules(rules, role.rules ?? [])) return [];
    return [{ type: 'update', object: { ...role, rules } }];
  },
};

function aggregatedRoleKeys(store: StoreView): ObjectKey[] {
  return store
    .list('ClusterRole')
    .filter((r) => (r as unknown as ClusterRole).aggregationRule)
    .map((r) => objectKey('ClusterRole', undefined, r.metadata.name));
}

export function aggregatedRules(role: ClusterRole, store: StoreView): PolicyRule[] {
  const rules: PolicyRule[] = [];
  const seen = new Set<string>();
  for (const selector of role.aggregationRule?.clusterRoleSelectors ?? []) {
    const matcher = selectorFromObject(selector as LabelSelectorObject);
    const matched = store.list('ClusterRole').filter((r) => r.metadata.name !== role.metadata.name && (matcher?.matches(r.metadata.labels) ?? false));
    for (const other of [...matched].sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1))) {
      for (const rule of (other as unknown as ClusterRole).rules ?? []) {
        const text = ruleText(rule);
        if (!seen.has(text)) rules.push(rule);
        seen.add(text);
      }
    }
  }
  return rules;
}

/** Stored rules are frozen and shared by every reconcile (and every cluster replaying a bootstrap): text them once. */
const ruleTexts = new WeakMap<PolicyRule, string>();

function ruleText(rule: PolicyRule): string {
  let text = ruleTexts.get(rule);
  if (text === undefined) ruleTexts.set(rule, (text = JSON.stringify(rule)));
  return text;
}

function sameRules(a: readonly PolicyRule[], b: readonly PolicyRule[]): boolean {
  return a.length === b.length && a.every((rule, i) => rule === b[i] || ruleText(rule) === ruleText(b[i]!));
}
