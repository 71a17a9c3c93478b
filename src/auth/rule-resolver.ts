/**
 * Which rules apply to a user in a namespace: DefaultRuleResolver.VisitRulesFor in
 * pkg/registry/rbac/validation/rule.go. ClusterRoleBindings come first, then the RoleBindings of the
 * namespace (whose ClusterRole references grant only inside that namespace). A binding whose role is
 * missing contributes an error (`clusterrole.rbac.authorization.k8s.io "x" not found`), not a failure.
 */
import type { ObjectStore, UserInfo } from '../api';
import type { ClusterRole, ClusterRoleBinding, PolicyRule, Role, RoleBinding, RoleRef, Subject } from '../api/schemas';
import { serviceAccountUsername } from './user-info';

export type RbacStore = Pick<ObjectStore, 'get' | 'list'>;

/** Where a rule came from, for the authorizer's `RBAC: allowed by ...` reason. */
export interface RuleSource {
  readonly binding: ClusterRoleBinding | RoleBinding;
  readonly subject: Subject;
}

/** Called per rule (or per resolution error); return false to stop visiting. */
export type RuleVisitor = (source: RuleSource | undefined, rule: PolicyRule | undefined, error: string | undefined) => boolean;

export function visitRulesFor(store: RbacStore, user: UserInfo, namespace: string, visitor: RuleVisitor): void {
  // The lists may be a lister's cached (frozen) arrays: read them, never extend them.
  const clusterBindings = store.list('ClusterRoleBinding') as unknown as readonly ClusterRoleBinding[];
  const bindings: readonly (readonly (ClusterRoleBinding | RoleBinding)[])[] = namespace ? [clusterBindings, store.list('RoleBinding', namespace) as unknown as RoleBinding[]] : [clusterBindings];
  for (const binding of bindings.flat()) {
    const bindingNamespace = binding.kind === 'RoleBinding' ? namespace : '';
    const subject = (binding.subjects ?? []).find((s) => appliesTo(user, s, bindingNamespace));
    if (!subject) continue;
    const resolved = roleReferenceRules(store, binding.roleRef, bindingNamespace);
    if ('error' in resolved) {
      if (!visitor(undefined, undefined, resolved.error)) return;
      continue;
    }
    for (const rule of resolved.rules) if (!visitor({ binding, subject }, rule, undefined)) return;
  }
}

/** Every rule that applies, plus the resolution errors met on the way (RulesFor). */
export function rulesFor(store: RbacStore, user: UserInfo, namespace: string): { rules: PolicyRule[]; errors: string[] } {
  const rules: PolicyRule[] = [];
  const errors: string[] = [];
  visitRulesFor(store, user, namespace, (_source, rule, error) => {
    if (rule) rules.push(rule);
    if (error) errors.push(error);
    return true;
  });
  return { rules, errors };
}

/** GetRoleReferenceRules: a Role is looked up in the binding's namespace, a ClusterRole cluster-wide. */
export function roleReferenceRules(store: RbacStore, roleRef: RoleRef | undefined, bindingNamespace: string): { rules: PolicyRule[] } | { error: string } {
  const name = roleRef?.name ?? '';
  switch (roleRef?.kind) {
    case 'Role': {
      const role = store.get('Role', bindingNamespace, name) as unknown as Role | undefined;
      return role ? { rules: role.rules ?? [] } : { error: `role.rbac.authorization.k8s.io "${name}" not found` };
    }
    case 'ClusterRole': {
      const role = store.get('ClusterRole', undefined, name) as unknown as ClusterRole | undefined;
      return role ? { rules: role.rules ?? [] } : { error: `clusterrole.rbac.authorization.k8s.io "${name}" not found` };
    }
    default:
      return { error: `unsupported role reference kind: "${roleRef?.kind ?? ''}"` };
  }
}

/** appliesToUser: a ServiceAccount subject without a namespace means the binding's own namespace. */
export function appliesTo(user: UserInfo, subject: Subject, bindingNamespace: string): boolean {
  switch (subject.kind) {
    case 'User':
      return user.username === subject.name;
    case 'Group':
      return user.groups.includes(subject.name ?? '');
    case 'ServiceAccount': {
      const namespace = subject.namespace || bindingNamespace;
      return namespace !== '' && user.username === serviceAccountUsername(namespace, subject.name ?? '');
    }
    default:
      return false;
  }
}

/** `ClusterRoleBinding "x" of ClusterRole "y" to User "alice"` (rule.go clusterRoleBindingDescriber). */
export function describeSource(source: RuleSource): string {
  const { binding, subject } = source;
  const name = binding.kind === 'RoleBinding' ? `${binding.metadata.name}/${binding.metadata.namespace}` : binding.metadata.name;
  return `${binding.kind} "${name}" of ${binding.roleRef?.kind} "${binding.roleRef?.name}" to ${describeSubject(subject, binding.metadata.namespace ?? '')}`;
}

function describeSubject(subject: Subject, bindingNamespace: string): string {
  // rule.go describeSubject writes name/namespace, in that order.
  if (subject.kind === 'ServiceAccount') return `${subject.kind} "${subject.name}/${subject.namespace || bindingNamespace}"`;
  return `${subject.kind} "${subject.name}"`;
}
