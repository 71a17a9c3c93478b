/**
 * SelfSubjectAccessReview and SelfSubjectRulesReview, the APIs behind `kubectl auth can-i`
 * (pkg/registry/authorization/{selfsubjectaccessreview,selfsubjectrulesreview}): the first asks the
 * authorizer about one request; the second lists the RBAC rules that apply in a namespace.
 */
import type { UserInfo } from '../api';
import type { PolicyRule } from '../api/schemas';
import { aggregate, authorize, type Decision } from './rbac-authorizer';
import type { RequestAttributes } from './policy-rule';
import { rulesFor, type RbacStore } from './rule-resolver';
import { SYSTEM_MASTERS } from './user-info';

const FULL_AUTHORITY: PolicyRule[] = [{ verbs: ['*'], apiGroups: ['*'], resources: ['*'] }, { verbs: ['*'], nonResourceURLs: ['*'] }];

export interface AccessReviewStatus {
  readonly allowed: boolean;
  readonly reason?: string;
}

export function selfSubjectAccessReview(store: RbacStore, user: UserInfo, request: RequestAttributes): AccessReviewStatus {
  const decision: Decision = authorize(store, user, request);
  return { allowed: decision.allowed, reason: decision.reason };
}

export interface RulesReviewStatus {
  readonly resourceRules: PolicyRule[];
  readonly nonResourceRules: PolicyRule[];
  readonly incomplete: boolean;
  readonly evaluationError?: string;
}

/** rbac.go RulesFor → ConvertToResourceRules: each rule split into its resource and non-resource halves. */
export function selfSubjectRulesReview(store: RbacStore, user: UserInfo, namespace: string): RulesReviewStatus {
  const found = rulesFor(store, user, namespace);
  // The privileged-group authorizer reports everything for system:masters, ahead of RBAC's rules.
  const rules = user.groups.includes(SYSTEM_MASTERS) ? [...FULL_AUTHORITY, ...found.rules] : found.rules;
  const errors = found.errors;
  const resourceRules = rules
    .filter((r) => (r.resources ?? []).length > 0 || (r.apiGroups ?? []).length > 0)
    .map((r) => ({ verbs: r.verbs ?? [], apiGroups: r.apiGroups ?? [], resources: r.resources ?? [], resourceNames: r.resourceNames ?? [] }));
  const nonResourceRules = rules.filter((r) => (r.nonResourceURLs ?? []).length > 0).map((r) => ({ verbs: r.verbs ?? [], nonResourceURLs: r.nonResourceURLs ?? [] }));
  return errors.length > 0 ? { resourceRules, nonResourceRules, incomplete: true, evaluationError: aggregate(errors) } : { resourceRules, nonResourceRules, incomplete: false };
}
