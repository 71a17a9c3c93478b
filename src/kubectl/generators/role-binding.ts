/**
 * `kubectl create rolebinding NAME --clusterrole=NAME|--role=NAME [--user] [--group] [--serviceaccount=ns:name]`
 * and `kubectl create clusterrolebinding NAME --clusterrole=NAME ...`
 * (k8s.io/kubectl/pkg/cmd/create/create_rolebinding.go, create_clusterrolebinding.go).
 */
import type { Flags } from '../argv';
import { GeneratorError, nameFromArgs, objectMeta, type Generator } from './generator';

const RBAC = 'rbac.authorization.k8s.io';
const COMMAND_PATH_RB = 'kubectl create rolebinding';
const COMMAND_PATH_CRB = 'kubectl create clusterrolebinding';

const SUBJECT_FLAGS = {
  user: { kind: 'stringArray' },
  group: { kind: 'stringArray' },
  serviceaccount: { kind: 'stringArray' },
} as const;

export const roleBindingGenerator: Generator = {
  names: ['rolebinding'],
  commandPath: COMMAND_PATH_RB,
  usage:
    'kubectl create rolebinding NAME --clusterrole=NAME|--role=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options]',
  flags: { clusterrole: { kind: 'string' }, role: { kind: 'string' }, ...SUBJECT_FLAGS },
  build(args, flags, ctx) {
    const { name } = nameFromArgs(COMMAND_PATH_RB, args);
    const [role, clusterRole] = [flags.string('role') ?? '', flags.string('clusterrole') ?? ''];
    if ((role === '') === (clusterRole === '')) throw new GeneratorError('exactly one of clusterrole or role must be specified');
    const roleRef = { apiGroup: RBAC, kind: role ? 'Role' : 'ClusterRole', name: role || clusterRole };
    const subjects = subjectsOf(flags);
    return { apiVersion: `${RBAC}/v1`, kind: 'RoleBinding', metadata: objectMeta(name, ctx), roleRef, ...(subjects.length ? { subjects } : {}) };
  },
};

export const clusterRoleBindingGenerator: Generator = {
  names: ['clusterrolebinding'],
  commandPath: COMMAND_PATH_CRB,
  usage:
    'kubectl create clusterrolebinding NAME --clusterrole=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options]',
  flags: { clusterrole: { kind: 'string' }, ...SUBJECT_FLAGS },
  required: ['clusterrole'],
  build(args, flags) {
    const { name } = nameFromArgs(COMMAND_PATH_CRB, args);
    const roleRef = { apiGroup: RBAC, kind: 'ClusterRole', name: flags.string('clusterrole') ?? '' };
    const subjects = subjectsOf(flags);
    return { apiVersion: `${RBAC}/v1`, kind: 'ClusterRoleBinding', metadata: { name }, roleRef, ...(subjects.length ? { subjects } : {}) };
  },
};

/** Users, then groups, then `namespace:name` service accounts, in flag order within each. */
function subjectsOf(flags: Flags): Record<string, string>[] {
  const users = flags.strings('user').map((name) => ({ kind: 'User', apiGroup: RBAC, name }));
  const groups = flags.strings('group').map((name) => ({ kind: 'Group', apiGroup: RBAC, name }));
  const serviceAccounts = flags.strings('serviceaccount').map((sa) => {
    const tokens = sa.split(':');
    if (tokens.length !== 2 || !tokens[0] || !tokens[1]) throw new GeneratorError('serviceaccount must be <namespace>:<name>');
    return { kind: 'ServiceAccount', namespace: tokens[0], name: tokens[1] };
  });
  return [...users, ...groups, ...serviceAccounts];
}
