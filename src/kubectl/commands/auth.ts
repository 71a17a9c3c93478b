/**
 * `kubectl auth can-i VERB TYPE[/NAME] | VERB /URL [-n NS | -A] [--subresource S] [-q]`,
 * `kubectl auth can-i --list [--no-headers]` and `kubectl auth whoami` (k8s.io/kubectl/pkg/cmd/auth
 * cani.go, whoami.go). can-i asks the cluster's authorizer (a SelfSubjectAccessReview) and prints `yes`,
 * or `no` and exits 1; --list prints the rules of a SelfSubjectRulesReview, broken down, compacted and
 * sorted as kubectl does.
 */
import { resolveResource, type UserInfo } from '../../api';
import type { PolicyRule } from '../../api/schemas';
import { breakdownRule, compactRules, KUBERNETES_ADMIN, selfSubjectAccessReview, selfSubjectRulesReview, type RequestAttributes } from '../../auth';
import type { Flags } from '../argv';
import type { CommandContext } from '../context';
import { KubectlError } from '../errors';
import { alignTabs, TABLE_TABWRITER } from '../printers/tabwriter';
import { NO_FLAGS, type Command } from './command';
import { compareGoStrings } from '../../api/go-string-order';

const RESOURCE_VERBS = new Set(['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection', 'use', 'bind', 'impersonate', '*', 'approve', 'sign', 'escalate', 'attest']);
const NON_RESOURCE_VERBS = new Set(['get', 'put', 'post', 'head', 'options', 'delete', 'patch', '*']);
const NON_STANDARD_RESOURCES = new Set(['users', 'groups']);

/** The `auth` subcommands kubespec implements (kubectl also has reconcile). */
const SUBCOMMANDS = ['can-i', 'whoami'];

export const authCommand: Command = {
  name: 'auth',
  subcommands: true,
  parentFlags: NO_FLAGS,
  commandPath: (words) => (SUBCOMMANDS.includes(words[0] ?? '') ? `kubectl auth ${words[0]}` : 'kubectl auth'),
  flags: {
    'all-namespaces': { kind: 'bool', short: 'A' },
    quiet: { kind: 'bool', short: 'q' },
    subresource: { kind: 'string' },
    list: { kind: 'bool' },
    'no-headers': { kind: 'bool' },
    output: { kind: 'string', short: 'o' },
  },
  run(context, args, flags) {
    const [sub, ...rest] = args.positional;
    if (sub === 'can-i') return canI(context, rest, flags);
    if (sub === 'whoami') return whoAmI(context);
    throw new KubectlError(sub ? `error: unknown command "${sub}" for "kubectl auth"` : 'Inspect authorization\n\nUsage:\n  kubectl auth [flags] [options]');
  },
};

function canI(context: CommandContext, args: readonly string[], flags: Flags): void {
  const user = context.user ?? KUBERNETES_ADMIN;
  const namespace = flags.bool('all-namespaces') ? '' : context.namespace;
  if (flags.bool('list')) return listRules(context, user, namespace, args, flags);
  if (args.length !== 2) throw new KubectlError("error: you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.");
  const request = accessRequest(context, args[0]!, args[1]!, namespace, flags);
  if (flags.bool('no-headers')) throw new KubectlError('error: --no-headers cannot be set without --list specified');
  const status = selfSubjectAccessReview(context.cluster.api.store, user, request);
  if (!flags.bool('quiet')) context.output.out(status.allowed ? 'yes' : status.reason ? `no - ${status.reason}` : 'no');
  if (!status.allowed) throw new KubectlError('', 1);
}

function accessRequest(context: CommandContext, verb: string, target: string, namespace: string, flags: Flags): RequestAttributes {
  const subresource = flags.string('subresource') ?? '';
  if (target.startsWith('/')) {
    if (subresource) throw new KubectlError('error: --subresource can not be used with NonResourceURL');
    if (!NON_RESOURCE_VERBS.has(verb)) warn(context, `verb '${verb}' is not a known verb`);
    return { verb, path: target };
  }
  const [typed = '', name] = splitOnce(target, '/');
  const resource = resourceFor(context, typed);
  if (resource.known && !resource.namespaced && namespace !== '') {
    warn(context, resource.group ? `resource '${resource.plural}' is not namespace scoped in group '${resource.group}'` : `resource '${resource.plural}' is not namespace scoped`);
  }
  if (!RESOURCE_VERBS.has(verb)) warn(context, `verb '${verb}' is not a known verb`);
  return { verb, apiGroup: resource.group, resource: resource.plural, subresource: subresource || undefined, name: name || undefined, namespace: namespace || undefined };
}

/** cani.go resourceFor: the RESTMapper's resource, or the word itself with a warning. */
function resourceFor(context: CommandContext, typed: string): { plural: string; group: string; namespaced: boolean; known: boolean } {
  if (typed === '*') return { plural: '*', group: '', namespaced: true, known: false };
  const info = resolveResource(typed);
  if (info) return { plural: info.plural, group: info.group, namespaced: info.namespaced, known: true };
  const [plural = '', group = ''] = splitOnce(typed.toLowerCase(), '.');
  if (!NON_STANDARD_RESOURCES.has(typed.toLowerCase())) {
    context.output.err(group ? `Warning: the server doesn't have a resource type '${plural}' in group '${group}'` : `Warning: the server doesn't have a resource type '${plural}'`);
  }
  return { plural: typed, group: '', namespaced: true, known: false };
}

function listRules(context: CommandContext, user: UserInfo, namespace: string, args: readonly string[], flags: Flags): void {
  if (args.length > 0) throw new KubectlError('error: list option must be specified with no arguments');
  if (flags.bool('quiet') || flags.bool('all-namespaces') || flags.has('subresource')) {
    throw new KubectlError("error: list option can't be specified with neither quiet, all-namespaces nor subresource options");
  }
  const status = selfSubjectRulesReview(context.cluster.api.store, user, namespace);
  if (status.incomplete) context.output.err(`warning: the list may be incomplete: ${status.evaluationError}`);
  const rules = compactRules([...status.resourceRules, ...status.nonResourceRules].flatMap(breakdownRule)).sort((a, b) => compareGoStrings(goRuleString(a), goRuleString(b)));
  const header = flags.bool('no-headers') ? [] : ['Resources\tNon-Resource URLs\tResource Names\tVerbs\t'];
  const rows = rules.map((r) => `${combineResourceGroup(r)}\t${goSlice(r.nonResourceURLs)}\t${goSlice(r.resourceNames)}\t${goSlice(r.verbs)}\t`);
  context.output.raw(`${alignTabs([...header, ...rows].join('\n'), TABLE_TABWRITER).split('\n').map((l) => l.trimEnd()).join('\n')}\n`);
}

function whoAmI(context: CommandContext): void {
  const user = context.user ?? KUBERNETES_ADMIN;
  const rows = ['ATTRIBUTE\tVALUE\t', `Username\t${user.username}\t`, ...(user.groups.length > 0 ? [`Groups\t${goSlice(user.groups)}\t`] : [])];
  context.output.raw(`${alignTabs(rows.join('\n'), TABLE_TABWRITER).split('\n').map((l) => l.trimEnd()).join('\n')}\n`);
}

/** describe.CombineResourceGroup: `deployments.apps`, `pods/log`, `deployments.apps/scale`. */
function combineResourceGroup(rule: PolicyRule): string {
  const resource = rule.resources?.[0];
  if (resource === undefined) return '';
  const [base = '', sub] = splitOnce(resource, '/');
  const group = rule.apiGroups?.[0] ? `.${rule.apiGroups[0]}` : '';
  return `${base}${group}${sub !== undefined ? `/${sub}` : ''}`;
}

/** The generated PolicyRule.String() kubectl sorts by: verbs first, so `[create]` rows precede `[get]` rows. */
function goRuleString(rule: PolicyRule): string {
  return `&PolicyRule{Verbs:${goSlice(rule.verbs)},APIGroups:${goSlice(rule.apiGroups)},Resources:${goSlice(rule.resources)},ResourceNames:${goSlice(rule.resourceNames)},NonResourceURLs:${goSlice(rule.nonResourceURLs)},}`;
}

function goSlice(values: readonly string[] | undefined): string {
  return `[${(values ?? []).join(' ')}]`;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

function warn(context: CommandContext, message: string): void {
  context.output.err(`Warning: ${message}`);
}

