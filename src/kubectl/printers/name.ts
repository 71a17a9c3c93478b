/**
 * `-o name` (k8s.io/cli-runtime/pkg/printers/name.go): `kind/name` for the core group, `kind.group/name`
 * otherwise, with the kind in lower case: `pod/web`, `deployment.apps/web`, `cronjob.batch/nightly`.
 */
import { path, str } from './object-fields';

export function resourceName(object: unknown): string {
  const apiVersion = str(path(object, 'apiVersion'));
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0]! : '';
  const kind = str(path(object, 'kind')).toLowerCase();
  const name = str(path(object, 'metadata.name'));
  return group ? `${kind}.${group}/${name}` : `${kind}/${name}`;
}

/** `printObj` with an operation: `deployment.apps/web created`. */
export function operationLine(object: unknown, operation: string): string {
  return `${resourceName(object)} ${operation}`;
}
