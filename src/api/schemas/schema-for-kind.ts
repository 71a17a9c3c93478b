/**
 * Maps `apiVersion` + `kind` to the generated schema of that kind, as the apiserver's scheme maps a
 * GroupVersionKind to its Go type.
 */
import type { z } from 'zod';
import { APPS_V1_KINDS } from './generated/apps-v1';
import { BATCH_V1_KINDS } from './generated/batch-v1';
import { COORDINATION_V1_KINDS } from './generated/coordination-v1';
import { CORE_V1_KINDS } from './generated/core-v1';
import { DISCOVERY_V1_KINDS } from './generated/discovery-v1';
import { KIND_SCHEMAS } from './generated/go-fields';
import { RBAC_V1_KINDS } from './generated/rbac-v1';
import { STORAGE_V1_KINDS } from './generated/storage-v1';

const KINDS_BY_API_VERSION: Readonly<Record<string, Readonly<Record<string, z.ZodType>>>> = {
  v1: CORE_V1_KINDS,
  'apps/v1': APPS_V1_KINDS,
  'batch/v1': BATCH_V1_KINDS,
  'discovery.k8s.io/v1': DISCOVERY_V1_KINDS,
  'storage.k8s.io/v1': STORAGE_V1_KINDS,
  'rbac.authorization.k8s.io/v1': RBAC_V1_KINDS,
  'coordination.k8s.io/v1': COORDINATION_V1_KINDS,
};

/** The strict schema of `kind` in `apiVersion` (`apps/v1`, `Deployment`), or undefined when it is not served. */
export function schemaForKind(apiVersion: string, kind: string): z.ZodType | undefined {
  const kinds = KINDS_BY_API_VERSION[apiVersion];
  return kinds && Object.hasOwn(kinds, kind) ? kinds[kind] : undefined;
}

/** The name of the kind's root struct in GO_STRUCTS (`Event` for core/v1 Event). */
export function goStructForKind(apiVersion: string, kind: string): string | undefined {
  return KIND_SCHEMAS[`${apiVersion}/${kind}`];
}
