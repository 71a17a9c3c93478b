/**
 * RFC 6902 JSON Patch (`kubectl patch --type json`): add, remove, replace, move, copy, test, with
 * RFC 6901 pointers (`~1` for `/`, `~0` for `~`, `-` to append). Errors use evanphx/json-patch's wording.
 */
import type { Json } from './three-way-merge';

export interface JsonPatchOperation {
  op: string;
  path: string;
  value?: Json;
  from?: string;
}

export class JsonPatchError extends Error {}

export function applyJsonPatch(document: Json, operations: readonly JsonPatchOperation[]): Json {
  let doc = structuredClone(document);
  for (const op of operations) doc = applyOne(doc, op);
  return doc;
}

function applyOne(doc: Json, op: JsonPatchOperation): Json {
  switch (op.op) {
    case 'add':
      return set(doc, pointer(op.path), op.value ?? null, true);
    case 'replace':
      get(doc, pointer(op.path), op);
      return set(doc, pointer(op.path), op.value ?? null, false);
    case 'remove':
      return remove(doc, pointer(op.path), op);
    case 'move': {
      const value = get(doc, pointer(op.from ?? ''), op);
      return set(remove(doc, pointer(op.from ?? ''), op), pointer(op.path), value, true);
    }
    case 'copy':
      return set(doc, pointer(op.path), structuredClone(get(doc, pointer(op.from ?? ''), op)), true);
    case 'test':
      if (JSON.stringify(get(doc, pointer(op.path), op)) !== JSON.stringify(op.value)) throw new JsonPatchError('testing value /' + op.path + ' failed: test failed');
      return doc;
    default:
      throw new JsonPatchError(`Unexpected kind: ${op.op}`);
  }
}

function pointer(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new JsonPatchError(`add operation does not apply: doc is missing path: "${path}": missing value`);
  return path.slice(1).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function get(doc: Json, parts: string[], op: JsonPatchOperation): Json {
  let current: Json = doc;
  for (const part of parts) {
    const next = child(current, part);
    if (next === undefined) throw new JsonPatchError(`${op.op} operation does not apply: doc is missing path: "${op.path}": missing value`);
    current = next;
  }
  return current;
}

function child(value: Json, part: string): Json | undefined {
  if (Array.isArray(value)) return value[Number(part)];
  if (value !== null && typeof value === 'object') return value[part];
  return undefined;
}

function set(doc: Json, parts: string[], value: Json, insert: boolean): Json {
  if (parts.length === 0) return value;
  const parent = get(doc, parts.slice(0, -1), { op: 'add', path: `/${parts.slice(0, -1).join('/')}` });
  const last = parts[parts.length - 1]!;
  if (Array.isArray(parent)) {
    const index = last === '-' ? parent.length : Number(last);
    if (!Number.isInteger(index) || index < 0 || index > parent.length) throw new JsonPatchError(`add operation does not apply: doc is missing path: "/${parts.join('/')}": missing value`);
    if (insert) parent.splice(index, 0, value);
    else parent[index] = value;
  } else if (parent !== null && typeof parent === 'object') parent[last] = value;
  else throw new JsonPatchError(`add operation does not apply: doc is missing path: "/${parts.join('/')}": missing value`);
  return doc;
}

function remove(doc: Json, parts: string[], op: JsonPatchOperation): Json {
  const parent = get(doc, parts.slice(0, -1), op);
  const last = parts[parts.length - 1]!;
  if (child(parent, last) === undefined) throw new JsonPatchError(`remove operation does not apply: doc is missing path: "${op.path}": missing value`);
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else if (parent !== null && typeof parent === 'object') delete parent[last];
  return doc;
}
