/**
 * Node selector matching (`k8s.io/component-helpers/scheduling/corev1/nodeaffinity/nodeaffinity.go`):
 * `nodeSelector` labels plus required node affinity terms. Terms are ORed, the requirements inside a term
 * ANDed; `matchFields` supports `metadata.name` only. A requirement that cannot be parsed (a `Gt` value that
 * is not an integer, `In` with no values) makes its term match nothing, as the lazy-error selector does.
 */
import type { NodeSelectorRequirement, NodeSelectorTerm, Pod } from '../api/schemas';

type Labels = Readonly<Record<string, string>>;

/** What matching reads of a node: its name (matchFields) and labels (a NodeInfo is one). */
export interface NodeIdentity {
  readonly name: string;
  readonly labels: Labels;
}

export function matchesRequirement(r: NodeSelectorRequirement, labels: Labels): boolean {
  const key = r.key ?? '';
  const values = r.values ?? [];
  const has = Object.prototype.hasOwnProperty.call(labels, key);
  switch (r.operator) {
    case 'In':
      return values.length > 0 && has && values.includes(labels[key]!);
    case 'NotIn':
      return values.length > 0 && (!has || !values.includes(labels[key]!));
    case 'Exists':
      return values.length === 0 && has;
    case 'DoesNotExist':
      return values.length === 0 && !has;
    case 'Gt':
    case 'Lt':
      return compareInt(r.operator, values, has ? labels[key]! : undefined);
    default:
      return false;
  }
}

function compareInt(op: 'Gt' | 'Lt', values: readonly string[], label: string | undefined): boolean {
  if (values.length !== 1 || label === undefined || !/^-?\d+$/.test(values[0]!) || !/^-?\d+$/.test(label)) return false;
  const have = BigInt(label);
  const want = BigInt(values[0]!);
  return op === 'Gt' ? have > want : have < want;
}

/** Field requirements become field selectors: `In`/`NotIn` with exactly one value, on `metadata.name`. */
function matchesField(r: NodeSelectorRequirement, node: NodeIdentity): boolean {
  const values = r.values ?? [];
  if (r.key !== 'metadata.name' || values.length !== 1) return false;
  if (r.operator === 'In') return node.name === values[0];
  if (r.operator === 'NotIn') return node.name !== values[0];
  return false;
}

/** A term with neither expressions nor fields matches nothing. */
export function matchesTerm(term: NodeSelectorTerm, node: NodeIdentity): boolean {
  const expressions = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (expressions.length === 0 && fields.length === 0) return false;
  const labels = node.labels;
  return expressions.every((r) => matchesRequirement(r, labels)) && fields.every((r) => matchesField(r, node));
}

/** GetRequiredNodeAffinity(pod).Match(node): nodeSelector and required terms both hold. */
export function matchesRequiredNodeAffinity(pod: Pod, node: NodeIdentity): boolean {
  const labels = node.labels;
  for (const [k, v] of Object.entries(pod.spec?.nodeSelector ?? {})) if (labels[k] !== v) return false;
  const terms = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  if (!terms) return true;
  return terms.some((t) => matchesTerm(t, node));
}
