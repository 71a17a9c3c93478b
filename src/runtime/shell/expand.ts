/**
 * Word expansion (§2.6): tilde, parameters, command substitution and arithmetic, then field
 * splitting on IFS (results of unquoted expansions only), pathname expansion and quote removal.
 * Simplification: every IFS character is treated as IFS white space.
 */
import type { ListNode, Word, WordPart } from './ast';
import type { Effect, Wake } from '../program';
import type { VirtualFS } from '../vfs';
import { evaluateArithmetic } from './arithmetic';
import { ShellFatal } from './control-flow';
import { expandPathname } from './glob';
import { elementIndices, elementValues, isAllSubscript, resolveSubscript } from './array-subscript';
import { hasGlobChars, patternSource, type PatternSegment } from './pattern';
import type { ShellState } from './shell-state';

type Gen<T> = Generator<Effect, T, Wake>;

export interface ExpansionHost {
  readonly state: ShellState;
  readonly fs: VirtualFS;
  commandSubstitution(program: ListNode): Gen<string>;
  /** A non-fatal error (bash's `a: bad array subscript`), printed with the shell's own prefix. */
  reportError(detail: string): void;
}

interface Segment {
  text: string;
  /** Subject to field splitting and globbing (the result of an unquoted expansion or unquoted text). */
  split: boolean;
  glob: boolean;
}

interface Field {
  segments: Segment[];
  quoted: boolean;
}

/** Expands command words into argument fields. */
export function* expandFields(host: ExpansionHost, words: readonly Word[]): Gen<string[]> {
  const out: string[] = [];
  for (const word of words) {
    for (const field of yield* expandWordFields(host, word)) {
      const segments = splitField(field, host.state.get('IFS') ?? ' \t\n');
      for (const fieldSegments of segments) out.push(...globField(host, fieldSegments));
    }
  }
  return out;
}

/** Expands a word to one string: no splitting or globbing (assignments, redirections, `case`). */
export function* expandString(host: ExpansionHost, word: Word): Gen<string> {
  let text = '';
  for (const part of withTilde(host, word.parts)) text += yield* partValue(host, part);
  return text;
}

/** Expands a pattern word, keeping which text was quoted (quoted characters match literally). */
export function* expandPattern(host: ExpansionHost, word: Word): Gen<PatternSegment[]> {
  const segments: PatternSegment[] = [];
  for (const part of withTilde(host, word.parts)) segments.push({ text: yield* partValue(host, part), quoted: part.quoted });
  return segments;
}

function* expandWordFields(host: ExpansionHost, word: Word): Gen<Field[]> {
  const fields: Field[] = [{ segments: [], quoted: false }];
  const current = (): Field => fields[fields.length - 1] as Field;
  for (const part of withTilde(host, word.parts)) {
    const separate = part.kind === 'param' ? yield* separateFields(host, part) : undefined;
    if (separate) {
      separate.forEach((arg, index) => {
        if (index > 0) fields.push({ segments: [], quoted: true });
        current().segments.push({ text: arg, split: false, glob: false });
        current().quoted = true;
      });
      continue;
    }
    const text = yield* partValue(host, part);
    if (part.kind === 'literal') current().segments.push({ text, split: false, glob: !part.quoted });
    else current().segments.push({ text, split: !part.quoted, glob: !part.quoted });
    if (part.quoted) current().quoted = true;
  }
  return fields;
}

type ParamPart = Extract<WordPart, { kind: 'param' }>;

/** `"$@"`, and bash's `"${a[@]}"` and `"${!a[@]}"`: one field per element, even when quoted. */
function* separateFields(host: ExpansionHost, part: ParamPart): Gen<string[] | undefined> {
  if (!part.quoted) return undefined;
  if (part.name === '@' && part.op === undefined && !part.subscript) return host.state.positional;
  if (!part.subscript || !/^\s*@\s*$/.test(part.subscript.text)) return undefined;
  if (part.op === 'indices') return elementIndices(host.state, part.name);
  return part.op === undefined ? elementValues(host.state, part.name) : undefined;
}

function splitField(field: Field, ifs: string): Segment[][] {
  const result: Segment[][] = [];
  let current: Segment[] = [];
  let hasContent = field.quoted;
  const emit = (): void => {
    if (hasContent || current.some((segment) => segment.text !== '')) result.push(current);
    current = [];
    hasContent = false;
  };
  for (const segment of field.segments) {
    if (!segment.split) {
      current.push(segment);
      continue;
    }
    let piece = '';
    for (const c of segment.text) {
      if (!ifs.includes(c)) piece += c;
      else {
        if (piece) current.push({ ...segment, text: piece });
        piece = '';
        emit();
      }
    }
    if (piece) current.push({ ...segment, text: piece });
  }
  if (field.quoted && field.segments.every((s) => !s.split)) hasContent = true;
  emit();
  return result;
}

function globField(host: ExpansionHost, segments: Segment[]): string[] {
  const literal = segments.map((segment) => segment.text).join('');
  if (!segments.some((segment) => segment.glob && hasGlobChars(segment.text))) return [literal];
  const pattern = segments.map((segment) => ({ text: segment.text, quoted: !segment.glob }));
  return expandPathname(pattern, host.fs, host.state.cwd) ?? [literal];
}

/** `~` and `~/x` at the start of a word become $HOME. */
function withTilde(host: ExpansionHost, parts: readonly WordPart[]): readonly WordPart[] {
  const first = parts[0];
  if (first?.kind !== 'literal' || first.quoted || !/^~(\/|$)/.test(first.text)) return parts;
  const home = host.state.get('HOME') ?? '/root';
  return [{ ...first, text: home + first.text.slice(1), quoted: true }, ...parts.slice(1)];
}

function* partValue(host: ExpansionHost, part: WordPart): Gen<string> {
  switch (part.kind) {
    case 'literal':
      return part.text;
    case 'command':
      return (yield* host.commandSubstitution(part.program)).replace(/\n+$/, '');
    case 'arith':
      return String(evaluateArithmetic(yield* expandString(host, part.expr), host.state));
    case 'param':
      return yield* paramValue(host, part);
  }
}

function special(state: ShellState, name: string): string | undefined {
  if (name === '?') return String(state.lastStatus);
  if (name === '$') return '1';
  if (name === '#') return String(state.positional.length);
  if (name === '@' || name === '*') return state.positional.join(name === '*' ? (state.get('IFS') ?? ' ').slice(0, 1) : ' ');
  if (name === '0') return state.scriptName;
  if (/^\d+$/.test(name)) return state.positional[Number(name) - 1];
  if (name === '!' || name === '-') return '';
  return state.get(name);
}

function* paramValue(host: ExpansionHost, part: ParamPart): Gen<string> {
  const { state } = host;
  const op = part.op;
  if (op === 'indices') return elementIndices(state, part.name).join(part.quoted && part.subscript?.text.trim() === '*' ? ifsJoiner(state) : ' ');
  if (op === 'length' && isAllSubscript(part.subscript)) return String(state.elements(part.name).size);
  const value = part.subscript ? yield* elementValue(host, part, part.subscript) : special(state, part.name);
  if (op === undefined) return value ?? '';
  if (op === 'length') return String((value ?? '').length);
  const arg = part.arg ?? { parts: [], text: '' };
  const missing = op.startsWith(':') ? value === undefined || value === '' : value === undefined;
  switch (op) {
    case ':-':
    case '-':
      return missing ? yield* expandString(host, arg) : (value as string);
    case ':=':
    case '=': {
      if (!missing) return value as string;
      const assigned = yield* expandString(host, arg);
      state.set(part.name, assigned);
      return assigned;
    }
    case ':+':
    case '+':
      return missing ? '' : yield* expandString(host, arg);
    case ':?':
    case '?': {
      if (!missing) return value as string;
      const message = yield* expandString(host, arg);
      throw new ShellFatal(`${part.name}: ${message || 'parameter not set'}`);
    }
    default:
      return removeAffix(value ?? '', op, yield* expandPattern(host, arg));
  }
}

/** `${a[i]}`, `${a[@]}` (joined; `"${a[*]}"` by the first IFS character), or undefined when unset. */
function* elementValue(host: ExpansionHost, part: ParamPart, subscript: Word): Gen<string | undefined> {
  const { state } = host;
  const text = yield* expandString(host, subscript);
  const resolved = resolveSubscript(state, part.name, text, (expression) => evaluateArithmetic(expression, state));
  if (resolved.kind === 'bad') {
    host.reportError(`${part.name}: bad array subscript`);
    return undefined;
  }
  if (resolved.kind === 'index') return state.elements(part.name).get(resolved.index);
  const values = elementValues(state, part.name);
  return values.length === 0 ? undefined : values.join(resolved.star && part.quoted ? ifsJoiner(state) : ' ');
}

function ifsJoiner(state: ShellState): string {
  return (state.get('IFS') ?? ' ').slice(0, 1);
}

/** `${v#p}` shortest prefix, `##` longest prefix, `%` shortest suffix, `%%` longest suffix. */
function removeAffix(value: string, op: '#' | '##' | '%' | '%%', pattern: PatternSegment[]): string {
  const source = patternSource(pattern);
  const regex = new RegExp(`^(?:${source})$`);
  const lengths = [...Array(value.length + 1).keys()];
  const ordered = op === '#' || op === '%' ? lengths : lengths.reverse();
  for (const length of ordered) {
    const candidate = op.startsWith('#') ? value.slice(0, length) : value.slice(value.length - length);
    if (regex.test(candidate)) return op.startsWith('#') ? value.slice(length) : value.slice(0, value.length - length);
  }
  return value;
}
