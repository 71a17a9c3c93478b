import { compareGoStrings } from '../../../api/go-string-order';

/**
 * A JSON document as Go's encoding/json produced it: object members keep the order the encoder wrote
 * them in (struct order, or sorted keys for maps), which a plain JS object cannot promise for keys such
 * as `"10"` and `"9"`.
 */
export type GoNode =
  | { kind: 'object'; entries: [string, GoNode][] }
  | { kind: 'array'; items: GoNode[] }
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'null' };

export const GO_NULL: GoNode = { kind: 'null' };

/** Converts an untyped value as Go marshals `map[string]interface{}`: keys sorted byte-wise, undefined dropped. */
export function untypedNode(value: unknown): GoNode {
  if (value === null || value === undefined) return GO_NULL;
  if (typeof value === 'string') return { kind: 'string', value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'bool', value };
  if (Array.isArray(value)) return { kind: 'array', items: value.map(untypedNode) };
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => compareGoStrings(a, b))
    .map(([k, v]): [string, GoNode] => [k, untypedNode(v)]);
  return { kind: 'object', entries };
}
