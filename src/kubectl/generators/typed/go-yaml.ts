/**
 * `sigs.k8s.io/yaml.Marshal` as kubectl's YAMLPrinter uses it: the object's JSON is re-read as
 * generic YAML and written by goyaml.v2's emitter (emitterc.go), so map keys come out sorted
 * (sorter.go), block sequences sit at their parent key's indent, and strings take the emitter's
 * quoting, literal-block and 80-column folding rules. This is a recursive port of the emitter's
 * state machine for the block/flow shapes JSON can produce.
 */
import type { GoNode } from './go-node';
import { canUsePlain, sortKeysGoYaml } from './go-yaml-resolve';
import { analyzeScalar, isBreak, isPrintable, type ScalarStyle, selectScalarStyle } from './go-yaml-scalar';

const BEST_INDENT = 2;
const BEST_WIDTH = 80;

interface NodeContext {
  mapping: boolean;
  simpleKey: boolean;
}

export function marshalGoYaml(node: GoNode): string {
  const emitter = new GoYamlEmitter();
  emitter.emitNode(node, { mapping: false, simpleKey: false });
  emitter.writeIndent();
  return emitter.output();
}

class GoYamlEmitter {
  private readonly out: string[] = [];
  private column = 0;
  private whitespace = true;
  private indention = true;
  private indent = -1;
  private flowLevel = 0;

  output(): string {
    return this.out.join('');
  }

  emitNode(node: GoNode, ctx: NodeContext): void {
    switch (node.kind) {
      case 'object':
        return this.emitMapping(node.entries);
      case 'array':
        return this.emitSequence(node.items, ctx);
      case 'string':
        return this.emitScalar(node.value, stringStyle(node.value), ctx);
      case 'number':
      case 'bool':
        return this.emitScalar(String(node.value), 'plain', ctx);
      case 'null':
        return this.emitScalar('null', 'plain', ctx);
    }
  }

  private emitMapping(entries: [string, GoNode][]): void {
    if (this.flowLevel > 0 || entries.length === 0) return this.emitEmptyFlow('{', '}');
    const saved = this.increaseIndent(false, false);
    for (const [key, value] of sortKeysGoYaml(entries)) {
      this.writeIndent();
      if (isSimpleKey(key)) {
        this.emitScalar(key, stringStyle(key), { mapping: true, simpleKey: true });
        this.writeIndicator(':', false, false, false);
      } else {
        this.writeIndicator('?', true, false, true);
        this.emitScalar(key, stringStyle(key), { mapping: true, simpleKey: false });
        this.writeIndent();
        this.writeIndicator(':', true, false, true);
      }
      this.emitNode(value, { mapping: true, simpleKey: false });
    }
    this.indent = saved;
  }

  private emitSequence(items: GoNode[], ctx: NodeContext): void {
    if (this.flowLevel > 0 || items.length === 0) return this.emitEmptyFlow('[', ']');
    const saved = this.increaseIndent(false, ctx.mapping && !this.indention);
    for (const item of items) {
      this.writeIndent();
      this.writeIndicator('-', true, false, true);
      this.emitNode(item, { mapping: false, simpleKey: false });
    }
    this.indent = saved;
  }

  /** Only empty collections reach flow style: JSON never asks for it otherwise. */
  private emitEmptyFlow(open: string, close: string): void {
    this.writeIndicator(open, true, true, false);
    const saved = this.increaseIndent(true, false);
    this.indent = saved;
    this.writeIndicator(close, false, false, false);
  }

  private emitScalar(value: string, requested: ScalarStyle, ctx: NodeContext): void {
    const style = selectScalarStyle(requested, value, analyzeScalar(value), { flowLevel: this.flowLevel, simpleKey: ctx.simpleKey });
    const saved = this.increaseIndent(true, false);
    const chars = [...value];
    const allowBreaks = !ctx.simpleKey;
    if (style === 'plain') this.writePlain(chars, allowBreaks);
    else if (style === 'single') this.writeSingleQuoted(chars, allowBreaks);
    else if (style === 'double') this.writeDoubleQuoted(chars, allowBreaks);
    else this.writeLiteral(chars);
    this.indent = saved;
  }

  private increaseIndent(flow: boolean, indentless: boolean): number {
    const saved = this.indent;
    if (this.indent < 0) this.indent = flow ? BEST_INDENT : 0;
    else if (!indentless) this.indent += BEST_INDENT;
    return saved;
  }

  writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak();
    while (this.column < indent) this.put(' ');
    this.whitespace = true;
    this.indention = true;
  }

  private writeIndicator(text: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    for (const ch of text) this.put(ch);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  private put(ch: string): void {
    this.out.push(ch);
    this.column++;
  }

  private putBreak(): void {
    this.out.push('\n');
    this.column = 0;
  }

  private writeBreak(ch: string): void {
    if (ch === '\n') return this.putBreak();
    this.out.push(ch);
    this.column = 0;
  }

  /** Shared by plain and single-quoted scalars: a space may fold the line, breaks are doubled. */
  private writeFolding(chars: string[], allowBreaks: boolean, quote: boolean): void {
    let spaces = false;
    let breaks = false;
    chars.forEach((ch, i) => {
      if (ch === ' ') {
        const inner = !quote || (i > 0 && i < chars.length - 1);
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && inner && chars[i + 1] !== ' ') this.writeIndent();
        else this.put(ch);
        spaces = true;
      } else if (isBreak(ch)) {
        if (!breaks && ch === '\n') this.putBreak();
        this.writeBreak(ch);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        if (quote && ch === "'") this.put("'");
        this.put(ch);
        this.indention = false;
        spaces = breaks = false;
      }
    });
  }

  private writePlain(chars: string[], allowBreaks: boolean): void {
    if (!this.whitespace) this.put(' ');
    this.writeFolding(chars, allowBreaks, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeSingleQuoted(chars: string[], allowBreaks: boolean): void {
    this.writeIndicator("'", true, false, false);
    this.writeFolding(chars, allowBreaks, true);
    this.writeIndicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeDoubleQuoted(chars: string[], allowBreaks: boolean): void {
    this.writeIndicator('"', true, false, false);
    let spaces = false;
    chars.forEach((ch, i) => {
      const cp = ch.codePointAt(0)!;
      if (!isPrintable(cp) || isBreak(ch) || ch === '"' || ch === '\\') {
        for (const c of escapeDoubleQuoted(cp)) this.put(c);
        spaces = false;
      } else if (ch === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < chars.length - 1) {
          this.writeIndent();
          if (chars[i + 1] === ' ') this.put('\\');
        } else this.put(ch);
        spaces = true;
      } else {
        this.put(ch);
        spaces = false;
      }
    });
    this.writeIndicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeLiteral(chars: string[]): void {
    this.writeIndicator('|', true, false, false);
    const hints = blockScalarHints(chars);
    if (hints) this.writeIndicator(hints, false, false, false);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (const ch of chars) {
      if (isBreak(ch)) {
        this.writeBreak(ch);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.put(ch);
        this.indention = false;
        breaks = false;
      }
    }
  }
}

/** encoder.stringv: literal for multi-line text, plain when it reads back as a string, else double quotes. */
function stringStyle(value: string): ScalarStyle {
  if (value.includes('\n')) return 'literal';
  return canUsePlain(value) ? 'plain' : 'double';
}

/** yaml_emitter_check_simple_key: single-line keys of at most 128 bytes. */
function isSimpleKey(key: string): boolean {
  return !analyzeScalar(key).multiline && Buffer.byteLength(key, 'utf8') <= 128;
}

/** yaml_emitter_write_block_scalar_hints: indentation indicator, then `-` (no final break) or `+` (several). */
function blockScalarHints(chars: string[]): string {
  let hints = chars[0] === ' ' || isBreak(chars[0]) ? String(BEST_INDENT) : '';
  const last = chars.length - 1;
  if (chars.length === 0 || !isBreak(chars[last])) hints += '-';
  else if (last === 0 || isBreak(chars[last - 1])) hints += '+';
  return hints;
}

const NAMED_ESCAPES: Readonly<Record<number, string>> = {
  0x00: '0', 0x07: 'a', 0x08: 'b', 0x09: 't', 0x0a: 'n', 0x0b: 'v', 0x0c: 'f', 0x0d: 'r', 0x1b: 'e',
  0x22: '"', 0x5c: '\\', 0x85: 'N', 0xa0: '_', 0x2028: 'L', 0x2029: 'P',
};

function escapeDoubleQuoted(cp: number): string {
  const named = NAMED_ESCAPES[cp];
  if (named) return `\\${named}`;
  const [prefix, width] = cp <= 0xff ? ['x', 2] : cp <= 0xffff ? ['u', 4] : ['U', 8];
  return `\\${prefix}${cp.toString(16).toUpperCase().padStart(width, '0')}`;
}
