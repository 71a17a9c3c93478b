/**
 * Label selectors as apimachinery/pkg/labels has them: the string form kubectl takes with `-l`
 * (`app=web,tier!=db,env in (prod,qa),!legacy,release`) and the API's LabelSelector object
 * (matchLabels + matchExpressions). Both compile to one list of requirements.
 */
import { ApiError } from './api-error';

export type Operator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';

export interface Requirement {
  key: string;
  operator: Operator;
  values: readonly string[];
}

export interface LabelSelectorObject {
  matchLabels?: Record<string, string> | null;
  matchExpressions?: ReadonlyArray<{ key: string; operator: string; values?: readonly string[] | null }> | null;
}

export type Labels = Readonly<Record<string, string>> | undefined;

export class Selector {
  constructor(readonly requirements: readonly Requirement[]) {}

  static everything(): Selector {
    return new Selector([]);
  }

  isEmpty(): boolean {
    return this.requirements.length === 0;
  }

  matches(labels: Labels): boolean {
    return this.requirements.every((r) => matchesRequirement(r, labels ?? {}));
  }

  /** The canonical string form kubectl shows in SELECTOR columns (`app=web`). */
  toString(): string {
    return this.requirements.map(requirementString).join(',');
  }
}

function matchesRequirement(r: Requirement, labels: Readonly<Record<string, string>>): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, r.key);
  switch (r.operator) {
    case 'In':
      return has && r.values.includes(labels[r.key]!);
    case 'NotIn':
      return !has || !r.values.includes(labels[r.key]!);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
  }
}

function requirementString(r: Requirement): string {
  switch (r.operator) {
    case 'Exists':
      return r.key;
    case 'DoesNotExist':
      return `!${r.key}`;
    case 'In':
      return r.values.length === 1 ? `${r.key}=${r.values[0]}` : `${r.key} in (${r.values.join(',')})`;
    case 'NotIn':
      return r.values.length === 1 ? `${r.key}!=${r.values[0]}` : `${r.key} notin (${r.values.join(',')})`;
  }
}

/** metav1.LabelSelectorAsSelector. A null selector matches nothing; an empty one matches everything. */
export function selectorFromObject(selector: LabelSelectorObject | null | undefined): Selector | undefined {
  if (!selector) return undefined;
  const reqs: Requirement[] = Object.entries(selector.matchLabels ?? {})
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, value]) => ({ key, operator: 'In' as const, values: [value] }));
  for (const e of selector.matchExpressions ?? []) {
    if (!['In', 'NotIn', 'Exists', 'DoesNotExist'].includes(e.operator)) {
      throw ApiError.badRequest(`"${e.operator}" is not a valid label selector operator`);
    }
    reqs.push({ key: e.key, operator: e.operator as Operator, values: [...(e.values ?? [])] });
  }
  return new Selector(reqs);
}

/** A map selector (Service, ReplicationController `spec.selector`): equality on every key. */
export function selectorFromMap(map: Readonly<Record<string, string>> | null | undefined): Selector {
  return selectorFromObject({ matchLabels: map ?? {} })!;
}

/** Parses kubectl's `-l` syntax (labels.Parse). */
export function parseLabelSelector(text: string): Selector {
  const parts = splitTopLevel(text.trim());
  return new Selector(parts.filter((p) => p.trim() !== '').map((p) => parseRequirement(p.trim(), text)));
}

const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

function parseRequirement(part: string, whole: string): Requirement {
  const requirement = parseShape(part, whole);
  const bad = requirement.values.find((v) => !LABEL_VALUE.test(v));
  if (bad !== undefined) {
    throw new SelectorParseError(
      `unable to parse requirement: values[0][${requirement.key}]: Invalid value: "${bad}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`,
    );
  }
  return requirement;
}

function parseShape(part: string, whole: string): Requirement {
  const set = /^(\S+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(part);
  if (set) {
    const values = set[3]!.split(',').map((v) => v.trim()).filter((v) => v !== '');
    return { key: set[1]!, operator: set[2] === 'in' ? 'In' : 'NotIn', values };
  }
  const neq = /^([^!=\s]+)\s*!=\s*(\S*)$/.exec(part);
  if (neq) return { key: neq[1]!, operator: 'NotIn', values: [neq[2]!] };
  const eq = /^([^!=\s]+)\s*==?\s*(\S*)$/.exec(part);
  if (eq) return { key: eq[1]!, operator: 'In', values: [eq[2]!] };
  const not = /^!\s*([^!=\s()]+)$/.exec(part);
  if (not) return { key: not[1]!, operator: 'DoesNotExist', values: [] };
  if (/^[^!=\s()]+$/.test(part)) return { key: part, operator: 'Exists', values: [] };
  throw new SelectorParseError(`unable to parse requirement: found '${part}', expected: in, notin, =, ==, !=, gt, lt (selector "${whole}")`);
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of text) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

export class SelectorParseError extends Error {}
