/**
 * YAML exactly as `kubectl get -o yaml` prints it: sigs.k8s.io/yaml marshals to JSON, reads that back into
 * generic maps and emits with go-yaml v2, so keys are in go-yaml's order, block style with 2-space indents,
 * sequences not indented under their key, `{}`/`[]` for empty collections and go-yaml's quoting and folding.
 */
import { sortYamlKeys } from './key-order';
import { goFloatG } from './go-float';
import { selectStyle } from './scalar-analysis';
import { YamlOutput, writeScalar } from './scalar-writer';

type Value = unknown;

export function toYaml(value: Value): string {
  const out = new YamlOutput();
  const normalized: Value = JSON.parse(JSON.stringify(value ?? null));
  if (isNonEmptyMap(normalized)) writeMapping(out, normalized as Record<string, Value>, 0, false);
  else if (isNonEmptyList(normalized)) writeSequence(out, normalized as Value[], 0, false);
  else writeValue(out, normalized, 0);
  out.lineStart(0);
  return out.toString();
}

function writeMapping(out: YamlOutput, map: Record<string, Value>, indent: number, inlineFirst: boolean): void {
  const keys = sortYamlKeys(Object.keys(map));
  keys.forEach((key, i) => {
    if (!(inlineFirst && i === 0)) out.lineStart(indent);
    writeScalar(out, key, selectStyle(key, true), indent + 2, true);
    out.write(':');
    writeEntryValue(out, map[key], indent, true);
  });
}

function writeSequence(out: YamlOutput, items: Value[], indent: number, inlineFirst: boolean): void {
  items.forEach((item, i) => {
    if (!(inlineFirst && i === 0)) out.lineStart(indent);
    out.write('-');
    writeEntryValue(out, item, indent, false);
  });
}

/** After `key:` or `-`: nested collections start on the next line, except a mapping or sequence in a sequence item. */
function writeEntryValue(out: YamlOutput, value: Value, indent: number, inMapping: boolean): void {
  if (isNonEmptyMap(value)) {
    if (inMapping) writeMapping(out, value as Record<string, Value>, indent + 2, false);
    else {
      out.write(' ');
      writeMapping(out, value as Record<string, Value>, indent + 2, true);
    }
  } else if (isNonEmptyList(value)) {
    if (inMapping) writeSequence(out, value as Value[], indent, false);
    else {
      out.write(' ');
      writeSequence(out, value as Value[], indent + 2, true);
    }
  } else {
    out.write(' ');
    writeValue(out, value, indent + 2);
  }
}

function writeValue(out: YamlOutput, value: Value, indent: number): void {
  if (value === null || value === undefined) out.write('null');
  else if (typeof value === 'boolean') out.write(String(value));
  else if (typeof value === 'number') out.write(Number.isInteger(value) ? String(value) : goYamlFloat(value));
  else if (typeof value === 'string') writeScalar(out, value, selectStyle(value, false), indent, false);
  else if (Array.isArray(value)) out.write('[]');
  else out.write('{}');
}

function goYamlFloat(value: number): string {
  const s = goFloatG(value);
  return s === '+Inf' ? '.inf' : s === '-Inf' ? '-.inf' : s === 'NaN' ? '.nan' : s;
}

function isNonEmptyMap(value: Value): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0;
}

function isNonEmptyList(value: Value): boolean {
  return Array.isArray(value) && value.length > 0;
}
