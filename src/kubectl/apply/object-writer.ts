/**
 * Sends manifest objects to the API as `kubectl apply`, `create -f` and `replace -f` do, one document at a
 * time: a bad document is reported and the others still go through, exactly as kubectl behaves.
 */
import { ApiError, resolveResource, resourceForKind, withFields, type ApiServer, type FieldValidation, type KubeObject, type StoredObject } from '../../api';
import type { CommandContext } from '../context';
import { renderApiError } from '../errors';
import type { SourcedObject } from '../manifest-files';
import { objectName } from '../resource-names';
import { goJson } from '../printers/go-json';
import { strategicMerge } from './strategic-merge';
import { createThreeWayMergePatch, type Json } from './three-way-merge';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

export type WriteMode = 'apply' | 'create' | 'replace';
export type DryRun = 'none' | 'client' | 'server';

export interface WriteOptions {
  mode: WriteMode;
  dryRun: DryRun;
  /** Extra annotations (`--record`'s change-cause). */
  annotations?: Record<string, string>;
  /** What `--validate` asks the apiserver to do with unknown fields; Strict when absent. */
  fieldValidation?: FieldValidation;
}

export interface WriteOutcome {
  object: KubeObject;
  verb: 'created' | 'configured' | 'unchanged' | 'replaced';
}

/** Writes every document; returns the outcomes and whether any failed (errors already printed). */
export function writeObjects(context: CommandContext, docs: readonly SourcedObject[], options: WriteOptions): { outcomes: WriteOutcome[]; failed: boolean } {
  const outcomes: WriteOutcome[] = [];
  let failed = false;
  for (const doc of docs) {
    try {
      outcomes.push(writeOne(context, doc, options));
    } catch (error) {
      if (!(error instanceof ApiError) && !(error instanceof ManifestError)) throw error;
      context.output.err(error instanceof ApiError ? renderApiError(error) : error.message);
      failed = true;
    }
  }
  return { outcomes, failed };
}

export class ManifestError extends Error {}

function writeOne(context: CommandContext, doc: SourcedObject, options: WriteOptions): WriteOutcome {
  const config = withNamespace(context, doc);
  const api = context.cluster.api;
  const existing = api.tryGet(config.kind, config.metadata.namespace, config.metadata.name ?? '');
  const request = { user: context.user, dryRun: options.dryRun === 'server' };
  const annotated = annotate(config, options);
  const validation = options.fieldValidation ?? 'Strict';
  // The apiserver's warnings reach stderr as kubectl's warning handler prints them, once per request sent.
  const warnings: string[] = [];
  const printWarnings = () => warnings.splice(0).forEach((w) => context.output.err(`Warning: ${w}`));
  // What the apiserver stores is what it decoded: nulls become Go's zero values, numeric quantities strings.
  const decoded = withSource('creating', doc.source, () => api.decode(annotated, validation, (w) => warnings.push(w)));
  if (options.mode === 'create' || (options.mode === 'apply' && !existing)) {
    if (existing && options.mode === 'create') throw sourced(ApiError.alreadyExists(qualifiedPlural(config.kind), config.metadata.name ?? ''), 'creating', doc.source);
    if (options.dryRun === 'client') return { object: annotated, verb: 'created' };
    const created = withSource('creating', doc.source, () => api.create(decoded, request));
    printWarnings();
    return { object: created, verb: 'created' };
  }
  if (!existing) throw sourced(ApiError.notFound(qualifiedPlural(config.kind), config.metadata.name ?? ''), 'replacing', doc.source);
  const patch = options.mode === 'apply' ? applyPatch(existing, annotated) : undefined;
  // apply.go: a patch of `{}` is not sent, and the object is reported unchanged.
  if (patch && Object.keys(patch).length === 0) return { object: existing, verb: 'unchanged' };
  const next = patch ? patched(existing, patch) : { ...annotated, metadata: { ...annotated.metadata, resourceVersion: undefined } };
  if (options.dryRun === 'client') return { object: next, verb: options.mode === 'replace' ? 'replaced' : 'configured' };
  warnings.length = 0;
  const stored = withSource(options.mode === 'replace' ? 'replacing' : 'patching', doc.source, () => api.update(api.decode(next, validation, (w) => warnings.push(w)), request));
  printWarnings();
  return { object: stored, verb: options.mode === 'replace' ? 'replaced' : 'configured' };
}

/** `deployment.apps/web created`, with kubectl's dry-run suffixes. */
export function outcomeLine(outcome: WriteOutcome, dryRun: DryRun): string {
  const suffix = dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : '';
  return `${objectName(outcome.object)} ${outcome.verb}${suffix}`;
}

function withNamespace(context: CommandContext, doc: SourcedObject): KubeObject {
  const obj = doc.object;
  if (typeof obj.kind !== 'string' || obj.kind === '') {
    throw new ManifestError(`error: error validating "${doc.source}": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false`);
  }
  const info = resolveResource(obj.kind);
  if (!info || info.kind !== obj.kind || info.apiVersion !== obj.apiVersion) {
    const version = obj.apiVersion ?? '';
    throw new ManifestError(
      `error: resource mapping not found for name: "${obj.metadata?.name ?? ''}" namespace: "${obj.metadata?.namespace ?? ''}" from "${doc.source}": no matches for kind "${obj.kind}" in version "${version}"\nensure CRDs are installed first`,
    );
  }
  const given = obj.metadata ?? {};
  if (!info.namespaced) return { ...obj, metadata: { ...given } };
  if (given.namespace && context.namespaceExplicit && given.namespace !== context.namespace) {
    throw new ManifestError(
      `error: the namespace from the provided object "${given.namespace}" does not match the namespace "${context.namespace}". You must pass '--namespace=${given.namespace}' to perform this operation.`,
    );
  }
  return withFields(obj, { metadata: withFields(given, { namespace: given.namespace ?? context.namespace }) });
}

/**
 * The object to send, with `--record`'s annotation and, for apply, the new last-applied configuration
 * (k8s.io/kubectl/pkg/util/apply.go GetModifiedConfiguration): the object with its other annotations — an
 * empty map when there are none, hence `"annotations":{}` — encoded by encoding/json (sorted keys, `&` as
 * \u0026) with a trailing newline.
 */
function annotate(config: KubeObject, options: WriteOptions): KubeObject {
  const annotations: Record<string, string> = withFields(config.metadata.annotations ?? {}, options.annotations ?? {});
  if (options.mode === 'apply') {
    const { [LAST_APPLIED]: _previous, ...rest } = annotations;
    const recorded = withFields(config, { metadata: withFields(config.metadata, { annotations: rest }) });
    annotations[LAST_APPLIED] = `${goJson(recorded)}\n`;
  }
  return withFields(config, { metadata: withFields(config.metadata, { annotations: Object.keys(annotations).length ? annotations : undefined }) });
}

/**
 * apply.go Patcher.patchSimple: the three-way strategic merge patch from the previous configuration (the live
 * object's last-applied annotation), the new one, and the live object as the server returned it.
 */
function applyPatch(existing: StoredObject, config: KubeObject): { [key: string]: Json } {
  const last = existing.metadata.annotations?.[LAST_APPLIED];
  const original = last ? (JSON.parse(last) as Json) : undefined;
  return createThreeWayMergePatch(original, plainJson(config), plainJson(existing));
}

/** The live object with the patch merged in, as the apiserver's strategic merge patch handler computes it. */
function patched(existing: StoredObject, patch: { [key: string]: Json }): KubeObject {
  const result = strategicMerge(plainJson(existing), patch) as unknown as KubeObject;
  return { ...result, metadata: { ...result.metadata, resourceVersion: existing.metadata.resourceVersion } };
}

/** The JSON the wire would carry: no `undefined` members. */
function plainJson(value: unknown): Json {
  return JSON.parse(JSON.stringify(value)) as Json;
}

function withSource<T>(verb: string, source: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ApiError) throw sourced(error, verb, source);
    throw error;
  }
}

function sourced(error: ApiError, verb: string, source: string): ApiError {
  if (error.reason === 'Invalid') return error;
  return new ApiError(error.reason, `error when ${verb} "${source}": ${error.message}`, error.code, error.fieldErrors, error.details);
}

function qualifiedPlural(kind: string): string {
  const info = resourceForKind(kind)!;
  return info.group ? `${info.plural}.${info.group}` : info.plural;
}
