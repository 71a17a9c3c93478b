/**
 * The zod schemas of every kind in scope, generated from the v1.32 OpenAPI field maps
 * (scripts/generate-schemas.ts), their inferred types, and strict decoding of manifests
 * with the apiserver's and kubectl's error wording.
 */
export * from './generated/meta-v1';
export * from './generated/core-v1';
export * from './generated/apps-v1';
export * from './generated/batch-v1';
export * from './generated/discovery-v1';
export * from './generated/storage-v1';
export * from './generated/coordination-v1';
export * from './generated/rbac-v1';
export { IntOrString, Quantity, Time } from './primitives';
export type { KindObject } from './kind-object';
export { schemaForKind } from './schema-for-kind';
export { decodeStrict, type FieldValidation } from './decode-strict';
export { wireJson } from './wire-json';
export { NoKindMatchError } from './no-kind-match-error';
export { goJsonText } from './go-json-text';
