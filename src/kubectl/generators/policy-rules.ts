/**
 * `--verb`, `--resource` and `--resource-name` of `kubectl create role|clusterrole` turned into
 * PolicyRules (k8s.io/kubectl/pkg/cmd/create/create_role.go): values de-duplicated, `*` absorbing the
 * rest, `resource.group/subresource` split, names qualified through discovery, one rule per API group
 * (groups sorted), special verbs checked against the resources they apply to.
 */
import { apiResourceMapper, type ApiResourceMapper } from './api-discovery';
import { GeneratorError, type GeneratorContext } from './generator';

export interface ResourceOption {
  group: string;
  resource: string;
  subresource: string;
}

export const VALID_RESOURCE_VERBS = ['*', 'get', 'delete', 'list', 'create', 'update', 'patch', 'watch', 'proxy', 'deletecollection', 'use', 'bind', 'escalate', 'impersonate'];

const RBAC = 'rbac.authorization.k8s.io';
/** specialVerbs: verbs that only make sense on certain group/resources. */
const SPECIAL_VERBS: Readonly<Record<string, readonly [group: string, resource: string][]>> = {
  use: [['policy', 'podsecuritypolicies'], ['extensions', 'podsecuritypolicies']],
  bind: [[RBAC, 'roles'], [RBAC, 'clusterroles']],
  escalate: [[RBAC, 'roles'], [RBAC, 'clusterroles']],
  impersonate: [['', 'users'], ['', 'serviceaccounts'], ['', 'groups'], ['authentication.k8s.io', 'userextras']],
};

export function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Complete: `*` replaces every other verb. */
export function normalizeVerbs(verbs: readonly string[]): string[] {
  return verbs.includes('*') ? ['*'] : unique(verbs);
}

/** Complete: `pods`, `deployments.apps`, `pods/log`; a bare `*` replaces everything before and after it. */
export function parseResources(values: readonly string[]): ResourceOption[] {
  const resources: ResourceOption[] = [];
  for (const value of values) {
    const slash = value.indexOf('/');
    const [main, subresource] = slash < 0 ? [value, ''] : [value.slice(0, slash), value.slice(slash + 1)];
    const dot = main.indexOf('.');
    const option = dot < 0 ? { resource: main, group: '', subresource } : { resource: main.slice(0, dot), group: main.slice(dot + 1), subresource };
    if (option.resource === '*' && dot < 0 && slash < 0) return [option];
    resources.push(option);
  }
  return resources;
}

export function warnNonStandardVerbs(verbs: readonly string[], ctx: GeneratorContext): void {
  for (const verb of verbs) if (!VALID_RESOURCE_VERBS.includes(verb)) ctx.warn(`Warning: '${verb}' is not a standard resource verb`);
}

/** validateResource. */
export function validateResources(resources: readonly ResourceOption[], verbs: readonly string[], mapper: ApiResourceMapper): void {
  for (const r of resources) {
    if (r.resource === '') throw new GeneratorError('resource must be specified if apiGroup/subresource specified');
    if (r.resource === '*') return;
    const mapped = mapper.resourceFor(r.resource, r.group);
    const resolved = mapped ?? { resource: r.resource, group: r.group };
    let found = mapped !== undefined;
    for (const verb of verbs) {
      const allowed = SPECIAL_VERBS[verb];
      if (!allowed) continue;
      if (!allowed.some(([g, res]) => res === resolved.resource && g === resolved.group)) {
        throw new GeneratorError(`can not perform '${verb}' on '${resolved.resource}' in group '${resolved.group}'`);
      }
      found = true;
    }
    if (!found) throw noResourceMatch(r);
  }
}

/** cmdutil.CheckErr's rendering of a NoResourceMatchError: no `error:` prefix. */
function noResourceMatch(r: ResourceOption): GeneratorError {
  const message = `the server doesn't have a resource type "${r.resource}"${r.group ? ` in group "${r.group}"` : ''}`;
  return new GeneratorError(message, message);
}

/** generateResourcePolicyRules. */
export function policyRules(
  verbs: string[],
  resources: readonly ResourceOption[],
  resourceNames: string[],
  nonResourceURLs: string[],
  mapper: ApiResourceMapper,
): Record<string, unknown>[] {
  const byGroup = new Map<string, string[]>();
  for (const r of resources) {
    const resolved = mapper.resourceFor(r.resource, r.group) ?? { resource: r.resource, group: r.group };
    const name = r.subresource ? `${resolved.resource}/${r.subresource}` : resolved.resource;
    const list = byGroup.get(resolved.group) ?? [];
    if (!list.includes(name)) list.push(name);
    byGroup.set(resolved.group, list);
  }
  const rules: Record<string, unknown>[] = [...byGroup.keys()].sort().map((group) => ({
    verbs, apiGroups: [group], resources: byGroup.get(group), ...(resourceNames.length > 0 ? { resourceNames } : {}),
  }));
  if (nonResourceURLs.length > 0) rules.push({ verbs, nonResourceURLs });
  return rules;
}

export function mapperOf(ctx: GeneratorContext): ApiResourceMapper {
  return ctx.mapper ?? apiResourceMapper();
}
