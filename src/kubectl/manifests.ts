/**
 * Reads YAML/JSON manifests the way `kubectl apply -f` does: several documents per file, empty documents
 * skipped, `kind: List` flattened, and syntax errors reported with line and column. Hostile input (alias
 * bombs, absurd nesting, huge documents) is refused under fixed limits before it can exhaust memory.
 */
import { documentCountEstimate, nestingDepthEstimate } from './manifest-nesting';
import { parseAllDocuments, isAlias, isMap, isSeq, visit, type Document, type Node } from 'yaml';
import { parseYamlSubset } from './yaml-subset';

export const MANIFEST_LIMITS = {
  maxBytes: 3 * 1024 * 1024,
  maxDepth: 100,
  maxAliasCount: 100,
  maxDocuments: 10_000,
};

export interface ManifestDocument {
  /** Position of the document in its source, 0-based. */
  index: number;
  /** The decoded value, or the error that made it unreadable. */
  value?: Record<string, unknown>;
  error?: string;
}

export function parseManifests(text: string, source: string): ManifestDocument[] {
  if (Buffer.byteLength(text) > MANIFEST_LIMITS.maxBytes) {
    return [{ index: 0, error: `error: ${source} is ${Buffer.byteLength(text)} bytes: manifests larger than ${MANIFEST_LIMITS.maxBytes} bytes are refused` }];
  }
  if (nestingDepthEstimate(text) > MANIFEST_LIMITS.maxDepth) return [{ index: 0, error: `error: ${source} is nested deeper than ${MANIFEST_LIMITS.maxDepth} levels: such manifests are refused` }];
  if (documentCountEstimate(text) > MANIFEST_LIMITS.maxDocuments) return [{ index: 0, error: `error: ${source} has more than ${MANIFEST_LIMITS.maxDocuments} documents` }];
  // Plain manifests take the fast reader; anything else (and every error) goes through the `yaml` library.
  const simple = parseYamlSubset(text);
  if (simple && simple.length <= MANIFEST_LIMITS.maxDocuments) return simple.flatMap((value, index) => readValue(value, index, source));
  const docs = parseAllDocuments(text, { uniqueKeys: false, prettyErrors: true });
  const list = Array.isArray(docs) ? docs : [docs];
  if (list.length > MANIFEST_LIMITS.maxDocuments) return [{ index: 0, error: `error: ${source} has more than ${MANIFEST_LIMITS.maxDocuments} documents` }];
  return list.flatMap((doc, index) => readDocument(doc as Document.Parsed, index, source));
}

function readDocument(doc: Document.Parsed, index: number, source: string): ManifestDocument[] {
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0];
    const where = pos ? `line ${pos.line}, column ${pos.col}` : 'unknown position';
    return [{ index, error: `error: error parsing ${source}: error converting YAML to JSON: yaml: ${where}: ${firstLine(error.message)}` }];
  }
  if (doc.contents === null) return [];
  const converted = toJson(doc, source);
  if (typeof converted === 'string') return [{ index, error: converted }];
  const value = converted.value;
  if (!isMap(doc.contents) && !isSeq(doc.contents)) {
    return [{ index, error: `error: error parsing ${source}: error unmarshaling JSON: json: cannot unmarshal ${typeof value} into Go value of type map[string]interface {}` }];
  }
  return readValue(value, index, source);
}

/** A document's value (a mapping or sequence, or null when empty) as manifests. */
function readValue(value: unknown, index: number, source: string): ManifestDocument[] {
  if (depthOf(value) > MANIFEST_LIMITS.maxDepth) {
    return [{ index, error: `error: error parsing ${source}: document ${index + 1} is nested deeper than ${MANIFEST_LIMITS.maxDepth} levels` }];
  }
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return [{ index, error: `error: error parsing ${source}: a manifest must be an object, not a list` }];
  return flattenList(value as Record<string, unknown>, index);
}

/**
 * The document as JSON, or kubectl's message when go-yaml would refuse it: an alias to an undefined anchor, an
 * anchor whose value contains itself, or more aliases than MANIFEST_LIMITS allows (an alias bomb).
 */
function toJson(doc: Document.Parsed, source: string): { value: unknown } | string {
  const prefix = `error: error parsing ${source}: error converting YAML to JSON: yaml:`;
  const cyclic = selfContainingAnchor(doc);
  if (cyclic !== undefined) return `${prefix} anchor '${cyclic}' value contains itself`;
  try {
    return { value: doc.toJS({ maxAliasCount: MANIFEST_LIMITS.maxAliasCount }) };
  } catch (e) {
    const message = (e as Error).message;
    const unknown = /^Unresolved alias[^:]*: (.*)$/.exec(message);
    if (unknown) return `${prefix} unknown anchor '${unknown[1]}' referenced`;
    if (/alias count/i.test(message)) return `${prefix} document contains excessive aliasing`;
    return `error: error parsing ${source}: ${message}`;
  }
}

/** The name of an anchor whose value contains an alias to itself (`&a [*a]`), which would never end. */
function selfContainingAnchor(doc: Document.Parsed): string | undefined {
  let found: string | undefined;
  visit(doc, {
    Alias(_key, alias) {
      const target = alias.resolve(doc);
      if (target && target !== (alias as unknown as Node) && contains(target, alias)) found = alias.source;
      return found === undefined ? undefined : visit.BREAK;
    },
  });
  return found;
}

function contains(node: Node, needle: Node): boolean {
  let hit = false;
  visit(node, (_key, n) => {
    if (n === needle) hit = true;
    return hit ? visit.BREAK : isAlias(n) ? visit.SKIP : undefined;
  });
  return hit;
}

function flattenList(value: Record<string, unknown>, index: number): ManifestDocument[] {
  if (typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items)) {
    return (value.items as Record<string, unknown>[]).map((item) => ({ index, value: item }));
  }
  return [{ index, value }];
}

function depthOf(value: unknown, depth = 0): number {
  if (depth > MANIFEST_LIMITS.maxDepth) return depth;
  if (value === null || typeof value !== 'object') return depth;
  let max = depth;
  for (const key in value) max = Math.max(max, depthOf((value as Record<string, unknown>)[key], depth + 1));
  return max;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
