/**
 * Authentication and authorization: users, groups and ServiceAccount identities; the RBAC authorizer
 * (rule matching, rule resolution over Roles, ClusterRoles and their bindings); escalation prevention; the
 * default ClusterRoles and bindings; the access reviews behind `kubectl auth can-i`.
 */
export * from './user-info';
export * from './policy-rule';
export * from './rule-resolver';
export * from './rbac-authorizer';
export * from './policy-comparator';
export * from './escalation-check';
export * from './bootstrap-policy';
export * from './access-review';
export { CLUSTER_CA_CRT } from './cluster-ca';
