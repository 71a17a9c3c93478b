/**
 * Interprets the resource arguments of get/delete/describe/label... as kubectl's resource.Builder does:
 * `pods`, `pod web api`, `pod/web deploy/api`, `pods,svc`, and the `all` category.
 */
import { resolveResource, type ResourceInfo } from '../api';
import { usageError } from './errors';

export interface ResourceRequest {
  info: ResourceInfo;
  /** Empty = every object of the type (subject to selectors). */
  names: string[];
}

/** `kubectl get all`: the categories' members in kubectl's order. */
const ALL = ['Pod', 'Service', 'DaemonSet', 'Deployment', 'ReplicaSet', 'StatefulSet', 'Job', 'CronJob', 'ReplicationController'];

export function resolveType(typed: string): ResourceInfo {
  const info = resolveResource(typed);
  if (!info) throw usageError(`the server doesn't have a resource type "${typed}"`);
  return info;
}

export function parseResourceArgs(args: readonly string[]): ResourceRequest[] {
  if (args.length === 0) return [];
  if (args.some((a) => a.includes('/'))) return parseSlashForm(args);
  const [types, ...names] = args;
  return types!.split(',').flatMap((typed) => {
    if (typed === 'all') return ALL.map((kind) => ({ info: resolveType(kind), names }));
    return [{ info: resolveType(typed), names }];
  });
}

function parseSlashForm(args: readonly string[]): ResourceRequest[] {
  const requests: ResourceRequest[] = [];
  for (const arg of args) {
    const at = arg.indexOf('/');
    if (at < 0) {
      throw usageError(
        "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
      );
    }
    const info = resolveType(arg.slice(0, at));
    const name = arg.slice(at + 1);
    const existing = requests.find((r) => r.info === info);
    if (existing) existing.names.push(name);
    else requests.push({ info, names: [name] });
  }
  return requests;
}
