/**
 * The parser of Go's text/template (src/text/template/parse/parse.go): actions, pipelines, variables,
 * `if`/`else if`/`with`/`else with`/`range`/`break`/`continue`, parenthesized pipelines, and named templates
 * (`define` at top level, `template`, `block`). Function names are checked at parse time as in Go
 * (`function "foo" not defined`).
 */
import { lex, TemplateSyntaxError, type Token, type TokenType } from './lex';
import type { Command, Node, Operand, ParsedTemplate, Pipeline } from './nodes';
import { parseNumber, unquote } from './literals';

export function parseTemplate(text: string, functions: ReadonlySet<string>): ParsedTemplate {
  return new Parser(lex(text), functions).parse();
}

class Parser {
  private index = 0;
  private readonly vars: string[] = ['$'];
  private rangeDepth = 0;
  private readonly defines = new Map<string, Node[]>();

  constructor(
    private readonly tokens: Token[],
    private readonly functions: ReadonlySet<string>,
  ) {}

  parse(): ParsedTemplate {
    const [root, end] = this.itemList(true);
    if (end) this.fail(`unexpected ${end}`);
    return { root, defines: this.defines };
  }

  /** Nodes up to `{{end}}` or `{{else}}` (returned as the second element), or to EOF at top level. */
  private itemList(topLevel = false): [Node[], string | undefined] {
    const list: Node[] = [];
    for (;;) {
      const token = this.next();
      if (token.type === 'eof') {
        this.index--;
        return [list, undefined];
      }
      if (token.type === 'text') {
        list.push({ type: 'text', pos: token.pos, text: token.value });
        continue;
      }
      const keyword = this.nextNonSpace();
      if (topLevel && keyword.type === 'keyword' && keyword.value === 'define') {
        this.define('define clause');
        continue;
      }
      if (keyword.type === 'keyword' && (keyword.value === 'end' || keyword.value === 'else')) {
        if (keyword.value === 'end') this.expectRight('end');
        return [list, `{{${keyword.value}}}`];
      }
      list.push(this.action(keyword));
    }
  }

  private action(token: Token): Node {
    if (token.type === 'keyword') {
      switch (token.value) {
        case 'if':
        case 'with':
        case 'range':
          return this.control(token.value, token.pos);
        case 'break':
        case 'continue':
          if (this.rangeDepth === 0) this.fail(`{{${token.value}}} outside {{range}}`);
          this.expectRight(token.value);
          return { type: token.value, pos: token.pos };
        case 'template':
        case 'block':
          return this.templateCall(token.value);
      }
    }
    this.index--;
    return { type: 'action', pos: token.pos, pipe: this.pipeline('command', 'rightDelim') };
  }

  /** `{{template "name" [pipeline]}}`, and `{{block "name" pipeline}}…{{end}}`, which also defines it. */
  private templateCall(keyword: string): Node {
    const context = `${keyword} clause`;
    const { name, pos } = this.templateName(context);
    let pipe: Pipeline | undefined;
    if (keyword === 'block' || this.peekNonSpace().type !== 'rightDelim') pipe = this.pipeline(context, 'rightDelim');
    else this.nextNonSpace();
    if (keyword === 'block') this.defineBody(name);
    return { type: 'template', pos, name, pipe };
  }

  private define(context: string): void {
    const { name } = this.templateName(context);
    this.expectRight(context);
    this.defineBody(name);
  }

  /** A named template's body has its own variables (only `$`) and ends at `{{end}}`. */
  private defineBody(name: string): void {
    const saved = this.vars.splice(1);
    const [list, end] = this.itemList();
    if (end !== '{{end}}') this.fail(end ? `unexpected ${end} in ${name}` : 'unexpected EOF');
    this.vars.splice(1, this.vars.length, ...saved);
    // parse.go's associate: an empty redefinition leaves an earlier one in place.
    if (!this.defines.has(name) || list.some((n) => n.type !== 'text' || n.text.trim() !== '')) this.defines.set(name, list);
  }

  private templateName(context: string): { name: string; pos: number } {
    const token = this.nextNonSpace();
    if (token.type !== 'string' && token.type !== 'rawString') this.fail(`unexpected ${describe(token)} in ${context}`);
    return { name: unquote(token.value, token.line), pos: token.pos };
  }

  private control(context: 'if' | 'with' | 'range', pos: number): Node {
    const scope = this.vars.length;
    const pipe = this.pipeline(context, 'rightDelim');
    if (context === 'range') this.rangeDepth++;
    let [list, end] = this.itemList();
    if (context === 'range') this.rangeDepth--;
    let elseList: Node[] | undefined;
    if (end === '{{else}}') {
      const chained = this.peekNonSpace();
      if (context !== 'range' && chained.type === 'keyword' && chained.value === context) {
        // `{{else if …}}` is `{{else}}{{if …}}…{{end}}{{end}}` with the inner end shared.
        const inner = this.nextNonSpace();
        elseList = [this.control(context, inner.pos)];
        end = '{{end}}';
      } else {
        this.expectRight('else');
        [elseList, end] = this.itemList();
      }
    }
    if (end !== '{{end}}') this.fail(end ? `expected end; found ${end}` : 'unexpected EOF');
    this.vars.length = scope;
    return { type: context, pos, pipe, list, elseList };
  }

  private pipeline(context: string, end: TokenType): Pipeline {
    const pipe: Pipeline = { type: 'pipeline', pos: this.peekNonSpace().pos, decl: [], isAssign: false, cmds: [] };
    this.declarations(pipe, context);
    for (;;) {
      const token = this.nextNonSpace();
      if (token.type === end) {
        this.checkPipeline(pipe, context);
        return pipe;
      }
      if (OPERAND_START.has(token.type)) {
        this.index--;
        pipe.cmds.push(this.command());
      } else this.fail(`unexpected ${describe(token)} in ${context}`);
    }
  }

  /** `$x :=`, `$x =`, and in range `$i, $e :=` (parse.go's pipeline `decls` loop). */
  private declarations(pipe: Pipeline, context: string): void {
    for (;;) {
      const start = this.index;
      const variable = this.nextNonSpace();
      if (variable.type !== 'variable') return void (this.index = start);
      const operator = this.nextNonSpace();
      if (operator.type === 'declare' || operator.type === 'assign') {
        pipe.isAssign = operator.type === 'assign';
        if (pipe.isAssign && !this.vars.includes(variable.value)) this.fail(`undefined variable "${variable.value}"`);
        pipe.decl.push(variable.value);
        if (!pipe.isAssign) this.vars.push(variable.value);
        return;
      }
      if (operator.type !== 'comma') return void (this.index = start);
      if (context !== 'range' || pipe.decl.length >= 1) this.fail(`too many declarations in ${context}`);
      if (this.peekNonSpace().type !== 'variable') this.fail('range can only initialize variables');
      pipe.decl.push(variable.value);
      this.vars.push(variable.value);
    }
  }

  private checkPipeline(pipe: Pipeline, context: string): void {
    if (pipe.cmds.length === 0) this.fail(`missing value for ${context}`);
    pipe.cmds.slice(1).forEach((cmd, i) => {
      if (['bool', 'dot', 'nil', 'number', 'string'].includes(cmd.args[0]!.type)) this.fail(`non executable command in pipeline stage ${i + 2}`);
    });
  }

  private command(): Command {
    const cmd: Command = { type: 'command', pos: this.peekNonSpace().pos, args: [] };
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand) cmd.args.push(operand);
      const token = this.next();
      if (token.type === 'space') continue;
      if (token.type === 'rightDelim' || token.type === 'rightParen') this.index--;
      else if (token.type !== 'pipe') this.fail(`unexpected ${describe(token)} in operand`);
      if (cmd.args.length === 0) this.fail('empty command');
      return cmd;
    }
  }

  private operand(): Operand | undefined {
    const node = this.term();
    if (!node || this.peek().type !== 'field') return node;
    const pos = this.peek().pos;
    const fields: string[] = [];
    while (this.peek().type === 'field') fields.push(this.next().value.slice(1));
    if (node.type === 'field') return { type: 'field', pos, names: [...node.names, ...fields] };
    if (node.type === 'variable') return { type: 'variable', pos, names: [...node.names, ...fields] };
    if (['bool', 'string', 'number', 'nil', 'dot'].includes(node.type)) this.fail(`unexpected . after term "${this.tokens[this.index - fields.length - 1]?.value}"`);
    return { type: 'chain', pos, node, fields };
  }

  private term(): Operand | undefined {
    const token = this.nextNonSpace();
    const { pos } = token;
    switch (token.type) {
      case 'identifier':
        if (!this.functions.has(token.value)) this.fail(`function "${token.value}" not defined`);
        return { type: 'identifier', pos, name: token.value };
      case 'dot':
        return { type: 'dot', pos };
      case 'nil':
        return { type: 'nil', pos };
      case 'variable':
        if (!this.vars.includes(token.value)) this.fail(`undefined variable "${token.value}"`);
        return { type: 'variable', pos, names: [token.value] };
      case 'field':
        return { type: 'field', pos, names: [token.value.slice(1)] };
      case 'bool':
        return { type: 'bool', pos, value: token.value === 'true' };
      case 'number':
      case 'char':
        return { type: 'number', pos, text: token.value, value: parseNumber(token.value, token.type === 'char', token.line) };
      case 'leftParen':
        return this.pipeline('parenthesized pipeline', 'rightParen');
      case 'string':
      case 'rawString':
        return { type: 'string', pos, quoted: token.value, value: unquote(token.value, token.line) };
    }
    this.index--;
    return undefined;
  }

  private expectRight(context: string): void {
    const token = this.nextNonSpace();
    if (token.type !== 'rightDelim') this.fail(`unexpected ${describe(token)} in ${context}`);
  }

  private next(): Token {
    return this.tokens[Math.min(this.index++, this.tokens.length - 1)]!;
  }

  private peek(): Token {
    return this.tokens[Math.min(this.index, this.tokens.length - 1)]!;
  }

  private nextNonSpace(): Token {
    let token = this.next();
    while (token.type === 'space') token = this.next();
    return token;
  }

  private peekNonSpace(): Token {
    const token = this.nextNonSpace();
    this.index--;
    return token;
  }

  private fail(message: string): never {
    const token = this.tokens[Math.max(0, Math.min(this.index - 1, this.tokens.length - 1))]!;
    throw new TemplateSyntaxError(token.line, message);
  }
}

const OPERAND_START = new Set<TokenType>(['bool', 'char', 'dot', 'field', 'identifier', 'number', 'nil', 'rawString', 'string', 'variable', 'leftParen']);

/** item.String() in lex.go: EOF, quoted values, and `<…>` for keywords. */
function describe(token: Token): string {
  if (token.type === 'eof') return 'EOF';
  if (token.type === 'keyword') return `<${token.value}>`;
  if (token.type === 'punctuation') return JSON.stringify(token.value);
  return JSON.stringify(token.value);
}
