/** Evaluation errors (`array index out of bounds`, `x is not found`), worded as client-go words them. */
export class JsonPathError extends Error {}

/** The node types of client-go's jsonpath template (k8s.io/client-go/util/jsonpath/node.go). */
export interface SliceParam {
  value: number;
  known: boolean;
  derived: boolean;
}

export type JsonPathNode =
  | { type: 'list'; nodes: JsonPathNode[] }
  | { type: 'text'; text: string }
  | { type: 'field'; name: string }
  | { type: 'identifier'; name: string }
  | { type: 'array'; params: [SliceParam, SliceParam, SliceParam] }
  | { type: 'filter'; left: ListNode; right: ListNode; operator: string }
  | { type: 'int'; value: number }
  | { type: 'float'; value: number }
  | { type: 'bool'; value: boolean }
  | { type: 'wildcard' }
  | { type: 'recursive' }
  | { type: 'union'; nodes: ListNode[] };

export type ListNode = Extract<JsonPathNode, { type: 'list' }>;

export function newList(): ListNode {
  return { type: 'list', nodes: [] };
}
