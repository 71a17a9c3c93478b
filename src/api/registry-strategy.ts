/**
 * What the apiserver's per-kind registry strategies decide (pkg/registry/<kind>/strategy.go): grace periods for
 * pods, default propagation policies, the initial status of a new pod, namespaces' own finalizers, and
 * how resource names and Forbidden errors are worded.
 */
import { ApiError } from './api-error';
import type { KubeObject, StoredObject } from './object';
import { compactWith } from './compact-with';
import { podQOSClass } from './pod-qos';
import type { AuthorizationAttributes, DeleteOptions } from './request';
import type { ResourceInfo } from './resources';

/** `pods`, `deployments.apps`: how the apiserver names a resource in NotFound/AlreadyExists messages. */
export function qualified(info: ResourceInfo): string {
  return info.group ? `${info.plural}.${info.group}` : info.plural;
}

/** pkg/registry/core/pod/strategy.go PrepareForCreate: a new pod is Pending with its QoS class. */
export function withInitialPodStatus(pod: KubeObject): KubeObject {
  const spec = pod.spec as Parameters<typeof podQOSClass>[0];
  // A compact copy (compact-with.ts): the stored Pod keeps this top level until its first status write.
  return compactWith(pod, { status: { phase: 'Pending', qosClass: podQOSClass(spec) } });
}

/** Namespaces carry their own finalizer list in `spec.finalizers` (`kubernetes`), emptied by the namespace controller. */
export function hasSpecFinalizers(obj: KubeObject): boolean {
  return obj.kind === 'Namespace' && ((obj.spec as { finalizers?: string[] } | undefined)?.finalizers ?? []).length > 0;
}

export function defaultPropagation(obj: StoredObject): 'Background' | 'Orphan' {
  // core/v1 ReplicationController orphans by default when the API caller names no policy (kubectl always sends Background).
  return obj.kind === 'ReplicationController' ? 'Orphan' : 'Background';
}

/**
 * responsewriters.ForbiddenStatusError + apierrors.NewForbidden: `pods is forbidden: User "alice" cannot list
 * resource "pods" in API group "" in the namespace "default"`; a named request (every verb but a create on
 * the collection) names the object (`pods "web" is forbidden: ... resource "pods/exec" ...`); a request
 * without a namespace is `at the cluster scope`; a denial reason is appended after `: `.
 */
export function forbidden(attributes: AuthorizationAttributes, reason?: string): ApiError {
  const { user, verb, apiGroup, resource, subresource, namespace, name } = attributes;
  const qualifiedResource = apiGroup ? `${resource}.${apiGroup}` : resource;
  const what = name ? `${qualifiedResource} "${name}"` : qualifiedResource;
  const combined = subresource ? `${resource}/${subresource}` : resource;
  const where = namespace ? ` in the namespace "${namespace}"` : ' at the cluster scope';
  const why = reason ? `: ${reason}` : '';
  return ApiError.forbidden(`${what} is forbidden: User "${user.username}" cannot ${verb} resource "${combined}" in API group "${apiGroup}"${where}${why}`);
}

export function gracePeriodFor(obj: StoredObject, options: DeleteOptions): number {
  if (obj.kind !== 'Pod') return 0;
  const spec = obj.spec as { nodeName?: string; terminationGracePeriodSeconds?: number };
  const phase = (obj.status as { phase?: string } | undefined)?.phase;
  // pkg/registry/core/pod/strategy.go CheckGracefulDelete: unscheduled and terminal pods go at once.
  if (!spec.nodeName || phase === 'Succeeded' || phase === 'Failed') return 0;
  return options.gracePeriodSeconds ?? spec.terminationGracePeriodSeconds ?? 30;
}
