/**
 * The API layer: the object store with watch and indexes, the apiserver's write pipeline (strict decoding,
 * defaulting, admission, validation), selectors, generated names, Events and the timeline. Types of every
 * kind come from the generated zod schemas in `schemas/`.
 */
export * from './api-error';
export * from './field-errors';
export * from './object';
export * from './resources';
export * from './watch';
export * from './request';
export * from './label-selector';
export * from './field-selector';
export * from './names';
export { jsonEqual } from './json-equal';
export * from './timeline';
export * from './event-recorder';
export * from './deep-freeze';
export * from './with-fields';
export { KeyMemo } from './key-memo';
export { ObjectStore, type Indexer } from './store';
export type { FieldValidation } from './schemas';
export { ApiServer, FOREGROUND_FINALIZER, ORPHAN_FINALIZER, type ListOptions } from './api-server';
export { qualified, forbidden } from './registry-strategy';
export type { AdmissionPlugin, AdmissionRequest, Operation } from './admission/admission';
