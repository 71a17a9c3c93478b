/**
 * Does one PolicyRule allow one request? pkg/apis/rbac/v1/evaluation_helpers.go (VerbMatches,
 * APIGroupMatches, ResourceMatches, ResourceNameMatches, NonResourceURLMatches) and RuleAllows in
 * plugin/pkg/auth/authorizer/rbac/rbac.go. Permissions only add up: there is no deny rule.
 */
import type { PolicyRule } from '../api/schemas';

export const VERB_ALL = '*';
export const API_GROUP_ALL = '*';
export const RESOURCE_ALL = '*';
export const NON_RESOURCE_ALL = '*';

/** What a request asks for: a resource request (`resource` set) or a non-resource URL (`path` set). */
export interface RequestAttributes {
  readonly verb: string;
  readonly apiGroup?: string;
  readonly resource?: string;
  readonly subresource?: string;
  readonly name?: string;
  readonly namespace?: string;
  /** Non-resource requests only, e.g. `/healthz`. */
  readonly path?: string;
}

export function isResourceRequest(request: RequestAttributes): boolean {
  return request.path === undefined;
}

export function ruleAllows(request: RequestAttributes, rule: PolicyRule): boolean {
  if (!verbMatches(rule, request.verb)) return false;
  if (!isResourceRequest(request)) return nonResourceURLMatches(rule, request.path ?? '');
  const resource = request.resource ?? '';
  const combined = request.subresource ? `${resource}/${request.subresource}` : resource;
  return apiGroupMatches(rule, request.apiGroup ?? '') && resourceMatches(rule, combined, request.subresource ?? '') && resourceNameMatches(rule, request.name ?? '');
}

export function verbMatches(rule: PolicyRule, verb: string): boolean {
  return (rule.verbs ?? []).some((v) => v === VERB_ALL || v === verb);
}

export function apiGroupMatches(rule: PolicyRule, group: string): boolean {
  return (rule.apiGroups ?? []).some((g) => g === API_GROUP_ALL || g === group);
}

/** `*` matches everything, subresources included; `*∕scale` matches that subresource of any resource; `pods∕*` is no wildcard. */
export function resourceMatches(rule: PolicyRule, combinedResource: string, subresource: string): boolean {
  return (rule.resources ?? []).some(
    (r) => r === RESOURCE_ALL || r === combinedResource || (subresource !== '' && r.length === subresource.length + 2 && r.startsWith('*/') && r.endsWith(subresource)),
  );
}

/** No resourceNames matches every name; otherwise only named requests (never list, watch, create or deletecollection). */
export function resourceNameMatches(rule: PolicyRule, name: string): boolean {
  const names = rule.resourceNames ?? [];
  return names.length === 0 || names.includes(name);
}

export function nonResourceURLMatches(rule: PolicyRule, path: string): boolean {
  return (rule.nonResourceURLs ?? []).some((url) => url === NON_RESOURCE_ALL || url === path || (url.endsWith('*') && path.startsWith(url.replace(/\*+$/, ''))));
}
