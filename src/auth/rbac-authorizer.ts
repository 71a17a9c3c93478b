/**
 * The authorizer chain of a kind cluster's apiserver: members of `system:masters` are always allowed
 * (authorizerfactory.NewPrivilegedGroups), everyone else goes through RBAC
 * (plugin/pkg/auth/authorizer/rbac/rbac.go): the first rule that allows the request wins; a denial carries
 * `RBAC: <resolution errors>` when some binding pointed at a missing role.
 */
import type { AuthorizationAttributes, Authorizer, ObjectStore, UserInfo } from '../api';
import { ruleAllows, type RequestAttributes } from './policy-rule';
import { rbacLister } from './rbac-lister';
import { describeSource, visitRulesFor, type RbacStore } from './rule-resolver';
import { SYSTEM_MASTERS } from './user-info';

export interface Decision {
  readonly allowed: boolean;
  readonly reason?: string;
}

export function authorize(store: RbacStore, user: UserInfo, request: RequestAttributes): Decision {
  if (user.groups.includes(SYSTEM_MASTERS)) return { allowed: true };
  let reason: string | undefined;
  const errors: string[] = [];
  visitRulesFor(store, user, request.namespace ?? '', (source, rule, error) => {
    if (error) errors.push(error);
    if (rule && source && ruleAllows(request, rule)) {
      reason = `RBAC: allowed by ${describeSource(source)}`;
      return false;
    }
    return true;
  });
  if (reason) return { allowed: true, reason };
  return errors.length > 0 ? { allowed: false, reason: `RBAC: ${aggregate(errors)}` } : { allowed: false };
}

/** utilerrors.NewAggregate(...).Error(): one error as itself, several as `[e1, e2]`. */
export function aggregate(errors: readonly string[]): string {
  return errors.length === 1 ? errors[0]! : `[${errors.join(', ')}]`;
}

/** The apiserver-facing Authorizer (src/api/request.ts) over the cluster's RBAC objects, read through a lister. */
export function rbacAuthorizer(store: ObjectStore): Authorizer {
  const lister = rbacLister(store);
  return {
    authorize(attributes: AuthorizationAttributes) {
      return authorize(lister, attributes.user, attributes);
    },
  };
}
