/**
 * Evaluates a parsed jsonpath template against plain JSON data, ported from
 * k8s.io/client-go/util/jsonpath/jsonpath.go (`FindResults`, `walk`, the `eval*` functions). Map keys are
 * visited in sorted order where Go would visit them in random map order (wildcards, `..`).
 */
import { JsonPathError, type JsonPathNode, type ListNode } from './nodes';
import { compareValues } from './compare';

type Value = unknown;

export class JsonPathEvaluator {
  private beginRange = 0;
  private inRange = 0;
  private endRange = 0;
  private lastEndNode: JsonPathNode | undefined;

  constructor(private readonly allowMissingKeys: boolean) {}

  /** Every top-level node's results; a `range` block contributes one entry per item and per node inside it. */
  findResults(data: Value, nodes: readonly JsonPathNode[]): Value[][] {
    const full: Value[][] = [];
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      const results = this.walk([data], node);
      if (this.endRange > 0 && this.endRange <= this.inRange) {
        this.endRange--;
        this.lastEndNode = node;
        break;
      }
      if (this.beginRange > 0) {
        this.beginRange--;
        this.inRange++;
        const rest = nodes.slice(i + 1);
        if (results.length > 0) for (const value of results) full.push(...this.findResults(value, rest));
        else this.findResults(null, rest);
        this.inRange--;
        const endIndex = nodes.findIndex((n, k) => k > i && n === this.lastEndNode);
        if (endIndex >= 0) i = endIndex;
        continue;
      }
      full.push(results);
    }
    return full;
  }

  private walk(values: Value[], node: JsonPathNode): Value[] {
    switch (node.type) {
      case 'list':
        return this.evalList(values, node);
      case 'text':
        return [node.text];
      case 'field':
        return this.evalField(values, node.name);
      case 'array':
        return evalArray(values, node.params);
      case 'filter':
        return this.evalFilter(values, node);
      case 'int':
      case 'float':
      case 'bool':
        return values.map(() => node.value);
      case 'wildcard':
        return values.flatMap(children);
      case 'recursive':
        return values.flatMap(recursive);
      case 'union':
        return node.nodes.flatMap((list) => this.evalList(values, list));
      case 'identifier':
        return this.evalIdentifier(values, node.name);
    }
  }

  private evalList(values: Value[], list: ListNode): Value[] {
    return list.nodes.reduce((current, node) => this.walk(current, node), values);
  }

  private evalIdentifier(values: Value[], name: string): Value[] {
    if (name === 'range') {
      this.beginRange++;
      return values;
    }
    if (name === 'end') {
      if (this.inRange === 0) throw new JsonPathError('not in range, nothing to end');
      this.endRange++;
      return [];
    }
    throw new JsonPathError(`unrecognized identifier ${name}`);
  }

  private evalField(values: Value[], name: string): Value[] {
    if (values.length === 0) return [];
    const results: Value[] = [];
    for (const value of values) {
      if (isMap(value) && Object.prototype.hasOwnProperty.call(value, name)) results.push(value[name]);
    }
    if (results.length === 0 && !this.allowMissingKeys) throw new JsonPathError(`${name} is not found`);
    return results;
  }

  private evalFilter(values: Value[], node: Extract<JsonPathNode, { type: 'filter' }>): Value[] {
    const results: Value[] = [];
    for (const value of values) {
      if (!Array.isArray(value)) throw new JsonPathError(`${goTypeName(value)} is not array or slice and cannot be filtered`);
      for (const item of value) {
        const lefts = this.tryEvalList([item], node.left, node.operator === 'exists');
        if (node.operator === 'exists') {
          if (lefts.length > 0) results.push(item);
          continue;
        }
        if (lefts.length === 0) continue;
        if (lefts.length > 1) throw new JsonPathError('can only compare one element at a time');
        const rights = this.evalList([item], node.right);
        if (rights.length === 0) continue;
        if (rights.length > 1) throw new JsonPathError('can only compare one element at a time');
        if (compareValues(lefts[0], rights[0], node.operator)) results.push(item);
      }
    }
    return results;
  }

  /** The `exists` filter ignores evaluation errors, as Go's evalFilter checks the operator before the error. */
  private tryEvalList(values: Value[], list: ListNode, ignoreErrors: boolean): Value[] {
    try {
      return this.evalList(values, list);
    } catch (error) {
      if (ignoreErrors) return [];
      throw error;
    }
  }
}

function evalArray(values: Value[], params: Extract<JsonPathNode, { type: 'array' }>['params']): Value[] {
  const results: Value[] = [];
  for (const value of values) {
    if (value === null || value === undefined) continue;
    if (!Array.isArray(value)) throw new JsonPathError(`${goTypeName(value)} is not array or slice`);
    const length = value.length;
    let start = params[0].known ? params[0].value : 0;
    if (start < 0) start += length;
    let end = params[1].known ? params[1].value : length;
    if (end < 0 || (end === 0 && params[1].derived)) end += length;
    if (end === start) return results;
    if (start >= length || start < 0) throw new JsonPathError(`array index out of bounds: index ${start}, length ${length}`);
    if (end > length || end < 0) throw new JsonPathError(`array index out of bounds: index ${end - 1}, length ${length}`);
    if (start > end) throw new JsonPathError(`starting index ${start} is greater than ending index ${end}`);
    let step = 1;
    if (params[2].known) {
      if (params[2].value <= 0) throw new JsonPathError('step must be > 0');
      step = params[2].value;
    }
    for (let i = start; i < end; i += step) results.push(value[i]);
  }
  return results;
}

/** Children as Go's reflection sees them: map values (sorted keys here), slice items, a string's bytes. */
function children(value: Value): Value[] {
  if (Array.isArray(value)) return value;
  if (isMap(value)) return Object.keys(value).sort().map((k) => value[k]);
  if (typeof value === 'string') return [...Buffer.from(value, 'utf8')];
  return [];
}

function recursive(value: Value): Value[] {
  if (value === null || value === undefined) return [];
  const kids = children(value);
  return kids.length === 0 ? [] : [value, ...kids.flatMap(recursive)];
}

export function isMap(value: Value): value is Record<string, Value> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Go's `%v` of a reflect.Type for unstructured data, as error messages show it. */
export function goTypeName(value: Value): string {
  if (isMap(value)) return 'map[string]interface {}';
  if (Array.isArray(value)) return '[]interface {}';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int64' : 'float64';
  return 'interface {}';
}
