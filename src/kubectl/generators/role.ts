/**
 * `kubectl create role NAME --verb=verb --resource=resource.group/subresource [--resource-name=name]`
 * (k8s.io/kubectl/pkg/cmd/create/create_role.go).
 */
import { GeneratorError, nameFromArgs, objectMeta, type Generator } from './generator';
import { mapperOf, normalizeVerbs, parseResources, policyRules, unique, validateResources, warnNonStandardVerbs } from './policy-rules';

const COMMAND_PATH = 'kubectl create role';

export const roleGenerator: Generator = {
  names: ['role'],
  commandPath: COMMAND_PATH,
  usage: 'kubectl create role NAME --verb=verb --resource=resource.group/subresource [--resource-name=resourcename] [--dry-run=server|client|none] [options]',
  flags: { verb: { kind: 'string' }, resource: { kind: 'string' }, 'resource-name': { kind: 'stringArray' } },
  build(args, flags, ctx) {
    const { name } = nameFromArgs(COMMAND_PATH, args);
    const verbs = normalizeVerbs(flags.strings('verb'));
    const resources = parseResources(flags.strings('resource'));
    const resourceNames = unique(flags.strings('resource-name'));
    if (verbs.length === 0) throw new GeneratorError('at least one verb must be specified');
    warnNonStandardVerbs(verbs, ctx);
    if (resources.length === 0) throw new GeneratorError('at least one resource must be specified');
    const mapper = mapperOf(ctx);
    validateResources(resources, verbs, mapper);
    return {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: objectMeta(name, ctx),
      rules: policyRules(verbs, resources, resourceNames, [], mapper),
    };
  },
};
