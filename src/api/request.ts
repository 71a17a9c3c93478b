/** Who is asking and how: the apiserver's request attributes that admission and authorization read. */
export interface UserInfo {
  readonly username: string;
  readonly groups: readonly string[];
}

/** Internal components (controllers, kubelets) act as privileged system users and skip authorization. */
export const SYSTEM_USER: UserInfo = { username: 'system:kube-controller-manager', groups: ['system:masters'] };

export type Verb = 'get' | 'list' | 'watch' | 'create' | 'update' | 'patch' | 'delete' | 'deletecollection';

export interface RequestOptions {
  /** The caller; undefined means an in-process component (always allowed). */
  readonly user?: UserInfo;
  /** `--dry-run=server`: run every check, store nothing. */
  readonly dryRun?: boolean;
}

export type PropagationPolicy = 'Background' | 'Foreground' | 'Orphan';

export interface DeleteOptions extends RequestOptions {
  readonly gracePeriodSeconds?: number;
  readonly propagationPolicy?: PropagationPolicy;
}

export interface AuthorizationAttributes {
  readonly user: UserInfo;
  readonly verb: string;
  readonly apiGroup: string;
  readonly resource: string;
  readonly subresource?: string;
  readonly namespace?: string;
  readonly name?: string;
}

export interface Authorizer {
  /** Returns undefined when allowed, or the Forbidden error to raise. */
  authorize(attributes: AuthorizationAttributes): { allowed: boolean; reason?: string };
}
