/**
 * A volume's `spec.nodeAffinity` against a node's labels (component-helpers/storage/volume/helpers.go
 * CheckNodeAffinity): terms are ORed, requirements inside a term ANDed. `matchFields` on
 * `metadata.name` is honoured too, since the node name is known.
 */
import type { NodeSelectorRequirement, NodeSelectorTerm, PersistentVolume } from '../api/schemas';

type Labels = Readonly<Record<string, string>>;

/** Undefined when the node may use the volume, else the error text CheckNodeAffinity returns. */
export function checkVolumeNodeAffinity(volume: PersistentVolume, nodeName: string, labels: Labels): string | undefined {
  const terms = volume.spec?.nodeAffinity?.required?.nodeSelectorTerms;
  if (!terms) return undefined;
  return terms.some((term) => matchesTerm(term, nodeName, labels)) ? undefined : 'no matching NodeSelectorTerms';
}

function matchesTerm(term: NodeSelectorTerm, nodeName: string, labels: Labels): boolean {
  const expressions = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (expressions.length === 0 && fields.length === 0) return false;
  return expressions.every((r) => matchesRequirement(r, labels)) && fields.every((r) => r.key === 'metadata.name' && matchesRequirement(r, { 'metadata.name': nodeName }));
}

function matchesRequirement(r: NodeSelectorRequirement, labels: Labels): boolean {
  const values = r.values ?? [];
  const value = Object.prototype.hasOwnProperty.call(labels, r.key ?? '') ? labels[r.key ?? ''] : undefined;
  switch (r.operator) {
    case 'In':
      return value !== undefined && values.includes(value);
    case 'NotIn':
      return value === undefined || !values.includes(value);
    case 'Exists':
      return value !== undefined;
    case 'DoesNotExist':
      return value === undefined;
    case 'Gt':
    case 'Lt':
      if (value === undefined || values.length !== 1 || !/^-?\d+$/.test(value) || !/^-?\d+$/.test(values[0]!)) return false;
      return r.operator === 'Gt' ? BigInt(value) > BigInt(values[0]!) : BigInt(value) < BigInt(values[0]!);
    default:
      return false;
  }
}
