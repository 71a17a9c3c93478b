/**
 * `kubectl create clusterrole NAME --verb=verb --resource=resource.group [--resource-name=name]
 * [--non-resource-url=/path] [--aggregation-rule=key=value]` (k8s.io/kubectl/pkg/cmd/create/create_clusterrole.go).
 */
import { FlagError } from '../argv';
import { GeneratorError, nameFromArgs, type Generator, type GeneratorContext } from './generator';
import { mapperOf, normalizeVerbs, parseResources, policyRules, unique, validateResources, warnNonStandardVerbs, type ResourceOption } from './policy-rules';

const COMMAND_PATH = 'kubectl create clusterrole';
const VALID_NON_RESOURCE_VERBS = ['*', 'get', 'post', 'put', 'delete', 'patch', 'head', 'options'];

interface ClusterRoleOptions {
  verbs: string[];
  resources: ResourceOption[];
  resourceNames: string[];
  nonResourceURLs: string[];
  aggregationRule: Record<string, string>;
}

export const clusterRoleGenerator: Generator = {
  names: ['clusterrole'],
  commandPath: COMMAND_PATH,
  usage: 'kubectl create clusterrole NAME --verb=verb --resource=resource.group [--resource-name=resourcename] [--dry-run=server|client|none] [options]',
  flags: {
    verb: { kind: 'string' },
    resource: { kind: 'string' },
    'resource-name': { kind: 'stringArray' },
    'non-resource-url': { kind: 'string' },
    'aggregation-rule': { kind: 'stringArray' },
  },
  build(args, flags, ctx) {
    const aggregationRule = parseAggregationRule(flags.strings('aggregation-rule'));
    const nonResourceURLs = unique(flags.strings('non-resource-url'));
    const { name } = nameFromArgs(COMMAND_PATH, args);
    const o: ClusterRoleOptions = {
      verbs: normalizeVerbs(flags.strings('verb')),
      resources: parseResources(flags.strings('resource')),
      resourceNames: unique(flags.strings('resource-name')),
      nonResourceURLs,
      aggregationRule,
    };
    validateClusterRole(o, ctx);
    const base = { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name } };
    if (Object.keys(aggregationRule).length > 0) {
      return { ...base, aggregationRule: { clusterRoleSelectors: [{ matchLabels: aggregationRule }] } };
    }
    return { ...base, rules: policyRules(o.verbs, o.resources, o.resourceNames, o.nonResourceURLs, mapperOf(ctx)) };
  },
};

/** cliflag.MapStringString: `k=v,k2=v2`, repeatable, spaces trimmed; a parse failure is a flag error. */
export function parseAggregationRule(values: readonly string[]): Record<string, string> {
  const rule: Record<string, string> = {};
  for (const value of values) {
    for (const pair of value.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
      const at = pair.indexOf('=');
      if (at < 0) throw new FlagError(`invalid argument "${value}" for "--aggregation-rule" flag: malformed pair, expect string=string`);
      rule[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
    }
  }
  return rule;
}

function validateClusterRole(o: ClusterRoleOptions, ctx: GeneratorContext): void {
  if (Object.keys(o.aggregationRule).length > 0) {
    if (o.nonResourceURLs.length > 0 || o.verbs.length > 0 || o.resources.length > 0 || o.resourceNames.length > 0) {
      throw new GeneratorError('aggregation rule must be specified without nonResourceURLs, verbs, resources or resourceNames');
    }
    return;
  }
  if (o.verbs.length === 0) throw new GeneratorError('at least one verb must be specified');
  if (o.resources.length === 0 && o.nonResourceURLs.length === 0) throw new GeneratorError('one of resource or nonResourceURL must be specified');
  if (o.resources.length > 0) {
    warnNonStandardVerbs(o.verbs, ctx);
    validateResources(o.resources, o.verbs, mapperOf(ctx));
  }
  if (o.nonResourceURLs.length > 0) validateNonResourceURLs(o.verbs, o.nonResourceURLs);
}

function validateNonResourceURLs(verbs: readonly string[], urls: readonly string[]): void {
  for (const verb of verbs) {
    if (!VALID_NON_RESOURCE_VERBS.includes(verb)) throw new GeneratorError(`invalid verb: '${verb}' for nonResourceURL`);
  }
  for (const url of urls) {
    if (url === '*') continue;
    if (url === '' || !url.startsWith('/')) throw new GeneratorError('nonResourceURL should start with /');
    if (url.slice(0, -1).includes('*')) throw new GeneratorError("nonResourceURL only supports wildcard matches when '*' is at the end");
  }
}
