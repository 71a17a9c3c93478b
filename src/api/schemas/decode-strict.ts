/**
 * Turns a parsed manifest into a typed object as the apiserver's strict decoder does, with its errors:
 * a missing kind is kubectl's `Object 'Kind' is missing in '…'`, an unserved kind kubectl's
 * NoKindMatchError, and type mismatches or unknown fields the apiserver's BadRequest
 * `<Kind> in version "<v>" cannot be handled as a <Kind>: …`
 * (k8s.io/apimachinery/pkg/runtime/serializer/json/json.go, runtime.NewStrictDecodingError).
 * The request's fieldValidation decides what an unknown field costs (staging/src/k8s.io/apiserver/pkg/endpoints/
 * handlers/create.go): Strict fails, Warn drops it with a warning `unknown field "<path>"`, Ignore drops it silently.
 * A type mismatch fails whatever the mode.
 */
import { ApiError } from '../api-error';
import type { KubeObject } from '../object';
import { decodeGoJson } from './go-json-decode';
import { goJsonText } from './go-json-text';
import { NoKindMatchError } from './no-kind-match-error';
import { goStructForKind, schemaForKind } from './schema-for-kind';

/** sigs.k8s.io/json stops collecting strict errors at 100. */
const MAX_STRICT_ERRORS = 100;

/** metav1.FieldValidation{Strict,Warn,Ignore}: the `fieldValidation` query parameter kubectl's `--validate` sets. */
export type FieldValidation = 'Strict' | 'Warn' | 'Ignore';

export function decodeStrict(raw: unknown, validation: FieldValidation = 'Strict', warn: (text: string) => void = () => {}): KubeObject {
  const manifest = requireKind(raw);
  const apiVersion = typeof manifest.apiVersion === 'string' ? manifest.apiVersion : '';
  const kind = manifest.kind;
  const schema = schemaForKind(apiVersion, kind);
  const struct = goStructForKind(apiVersion, kind);
  if (!schema || !struct) throw new NoKindMatchError(kind, apiVersion);
  const decoded = decodeGoJson(manifest, struct);
  const version = apiVersion.slice(apiVersion.indexOf('/') + 1);
  const cannotHandle = (detail: string): ApiError =>
    ApiError.badRequest(`${kind} in version "${version}" cannot be handled as a ${kind}: ${detail}`);
  if (decoded.error !== undefined) throw cannotHandle(decoded.error);
  if (decoded.unknownFields.length && validation === 'Strict') throw cannotHandle(strictDecodingError(decoded.unknownFields));
  if (validation === 'Warn') for (const path of uniqueFields(decoded.unknownFields)) warn(`unknown field ${JSON.stringify(path)}`);
  // The Go field table and the zod schemas come from the same generator run, so what decodes is what the schema
  // accepts; decode-strict.test.ts checks that on generated manifests rather than paying a zod parse per write.
  const object = decoded.value;
  return { ...object, apiVersion, kind, metadata: (object.metadata ?? {}) as KubeObject['metadata'] };
}

/** `strict decoding error: unknown field "a", unknown field "b"` (deduplicated, at most 100). */
function strictDecodingError(paths: readonly string[]): string {
  return `strict decoding error: ${uniqueFields(paths).map((p) => `unknown field ${JSON.stringify(p)}`).join(', ')}`;
}

function uniqueFields(paths: readonly string[]): string[] {
  return [...new Set(paths)].slice(0, MAX_STRICT_ERRORS);
}

/** kubectl's check before anything reaches the server (runtime.NewMissingKindErr over the JSON it would send). */
function requireKind(raw: unknown): Record<string, unknown> & { kind: string } {
  const isObject = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
  if (isObject && typeof (raw as { kind?: unknown }).kind === 'string' && (raw as { kind: string }).kind !== '') {
    return raw as Record<string, unknown> & { kind: string };
  }
  throw ApiError.badRequest(`Object 'Kind' is missing in '${goJsonText(raw)}'`);
}
