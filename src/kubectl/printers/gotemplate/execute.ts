/**
 * Executes a parsed Go template against one object, as text/template's exec.go does: dot and variables, field
 * chains on maps, function calls with Go's argument checks, `if`/`with`/`range` (maps in sorted key order;
 * ranging over anything but a list, a map or nothing is an error), and errors that name the line, column and
 * node they failed at (`template: output:1:7: executing "output" at <.spec.replicas.x>: …`).
 */
import { errorContext } from './error-context';
import { FunctionError, FUNCTIONS, type TemplateFunction } from './functions';
import { nodeString, type AnyNode, type Command, type ControlNode, type Node, type Operand, type Pipeline } from './nodes';
import { isMap, isTrue, printedValue, sortedKeys, typeName, type GoValue } from './values';

export class TemplateExecError extends Error {}

export interface ExecuteOptions {
  /** `--allow-missing-template-keys=false` is text/template's `missingkey=error`. */
  missingKeyError?: boolean;
}

/** No value piped in from a previous command (Go's missingVal), as distinct from a missing key's value. */
const NO_FINAL = Symbol('no final value');
type Final = GoValue | typeof NO_FINAL;

const MAX_TEMPLATE_DEPTH = 1000;

class LoopControl {
  constructor(readonly kind: 'break' | 'continue') {}
}

export class Executor {
  private vars: { name: string; value: GoValue }[] = [];
  private current: AnyNode | undefined;
  /** The template running: `output`, or a `{{define}}`d name while `{{template}}` runs it. */
  private name = 'output';
  private depth = 0;
  output = '';

  constructor(
    private readonly text: string,
    private readonly defines: ReadonlyMap<string, readonly Node[]>,
    private readonly options: ExecuteOptions = {},
  ) {}

  run(nodes: readonly Node[], root: GoValue): void {
    this.vars.push({ name: '$', value: root });
    this.walkList(root, nodes);
  }

  private walkList(dot: GoValue, nodes: readonly Node[]): void {
    for (const node of nodes) this.walk(dot, node);
  }

  private walk(dot: GoValue, node: Node): void {
    this.current = node;
    switch (node.type) {
      case 'text':
        this.output += node.text;
        return;
      case 'action': {
        const value = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.output += printedValue(value);
        return;
      }
      case 'if':
      case 'with':
        return this.scoped(() => {
          const value = this.evalPipeline(dot, node.pipe);
          if (isTrue(value)) this.walkList(node.type === 'with' ? value : dot, node.list);
          else if (node.elseList) this.walkList(dot, node.elseList);
        });
      case 'range':
        return this.scoped(() => this.walkRange(dot, node));
      case 'break':
      case 'continue':
        throw new LoopControl(node.type);
      case 'template':
        return this.walkTemplate(dot, node);
    }
  }

  /** `{{template "x" pipeline}}`: the named template runs with the pipeline as dot and as `$`. */
  private walkTemplate(dot: GoValue, node: Extract<Node, { type: 'template' }>): void {
    const body = this.defines.get(node.name);
    if (!body) return this.fail(`template ${JSON.stringify(node.name)} not defined`);
    // Go allows 100000 nested calls; a JS stack does not, so kubespec stops far sooner, with Go's wording.
    if (this.depth >= MAX_TEMPLATE_DEPTH) return this.fail(`exceeded maximum template depth (${MAX_TEMPLATE_DEPTH})`);
    const value = node.pipe ? this.evalPipeline(dot, node.pipe) : undefined;
    const saved = { vars: this.vars, name: this.name };
    this.vars = [{ name: '$', value }];
    this.name = node.name;
    this.depth++;
    try {
      this.walkList(value, body);
    } finally {
      this.depth--;
      ({ vars: this.vars, name: this.name } = saved);
    }
  }

  private walkRange(dot: GoValue, node: ControlNode): void {
    const value = this.evalPipeline(dot, { ...node.pipe, decl: [] });
    let entries: [GoValue, GoValue][];
    if (Array.isArray(value)) entries = value.map((item, i) => [i, item]);
    else if (isMap(value)) entries = sortedKeys(value).map((key) => [key, value[key]]);
    else if (value === undefined || value === null) entries = [];
    else return this.fail(`range can't iterate over ${printedValue(value)}`);
    if (entries.length === 0 && node.elseList) return this.walkList(dot, node.elseList);
    const mark = this.vars.length;
    for (const [key, item] of entries) {
      this.vars.length = mark;
      this.declareRangeVars(node.pipe, key, item);
      try {
        this.walkList(item, node.list);
      } catch (error) {
        if (!(error instanceof LoopControl)) throw error;
        if (error.kind === 'break') break;
      }
    }
  }

  /** `range $e := …` binds the element; `range $i, $e := …` the index (or key) and the element. */
  private declareRangeVars(pipe: Pipeline, key: GoValue, item: GoValue): void {
    const values = pipe.decl.length === 2 ? [key, item] : [item];
    pipe.decl.forEach((name, i) => (pipe.isAssign ? this.setVar(name, values[i]) : this.vars.push({ name, value: values[i] })));
  }

  private scoped(body: () => void): void {
    const mark = this.vars.length;
    try {
      body();
    } finally {
      this.vars.length = mark;
    }
  }

  private evalPipeline(dot: GoValue, pipe: Pipeline): GoValue {
    let value: Final = NO_FINAL;
    for (const cmd of pipe.cmds) {
      // A nil interface read out of a map becomes Go's invalid value once a command returns it.
      value = this.evalCommand(dot, cmd, value) ?? undefined;
    }
    const result = value === NO_FINAL ? undefined : value;
    for (const name of pipe.decl) {
      if (pipe.isAssign) this.setVar(name, result);
      else this.vars.push({ name, value: result });
    }
    return result;
  }

  private evalCommand(dot: GoValue, cmd: Command, final: Final): GoValue {
    const first = cmd.args[0]!;
    switch (first.type) {
      case 'field':
        return this.evalFieldChain(first, dot, first.names, cmd.args, final);
      case 'chain':
        return this.evalChain(dot, first, cmd.args, final);
      case 'variable':
        return this.evalVariable(first, cmd.args, final);
      case 'identifier':
        return this.evalFunction(dot, first, cmd, cmd.args, final);
      case 'pipeline':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
    }
    this.current = first;
    this.notAFunction(cmd.args, final);
    return this.constant(dot, first);
  }

  private constant(dot: GoValue, node: Operand): GoValue {
    switch (node.type) {
      case 'dot':
        return dot;
      case 'bool':
      case 'number':
      case 'string':
        return node.value;
      default:
        return this.fail(`${nodeString(node)} is not a command`);
    }
  }

  private notAFunction(args: readonly Operand[], final: Final): void {
    if (args.length > 1 || final !== NO_FINAL) this.fail(`can't give argument to non-function ${nodeString(args[0]!)}`);
  }

  private evalChain(dot: GoValue, chain: Extract<Operand, { type: 'chain' }>, args: readonly Operand[], final: Final): GoValue {
    const receiver = this.evalArg(dot, chain.node);
    this.current = chain;
    return this.walkFields(receiver, chain.fields, args, final);
  }

  private evalVariable(node: Extract<Operand, { type: 'variable' }>, args: readonly Operand[], final: Final): GoValue {
    this.current = node;
    const value = this.varValue(node.names[0]!);
    if (node.names.length === 1) {
      this.notAFunction(args, final);
      return value;
    }
    return this.walkFields(value, node.names.slice(1), args, final);
  }

  private evalFieldChain(node: Operand, dot: GoValue, names: readonly string[], args: readonly Operand[], final: Final): GoValue {
    this.current = node;
    return this.walkFields(dot, names, args, final);
  }

  private walkFields(receiver: GoValue, names: readonly string[], args: readonly Operand[], final: Final): GoValue {
    let value = receiver;
    names.forEach((name, i) => {
      const last = i === names.length - 1;
      value = this.evalField(value, name, last && (args.length > 1 || final !== NO_FINAL), i > 0 ? 'interface {}' : typeName(value));
    });
    return value;
  }

  private evalField(receiver: GoValue, name: string, hasArgs: boolean, receiverType: string): GoValue {
    if (receiver === undefined) {
      if (this.options.missingKeyError) this.fail(`nil data; no entry for key ${JSON.stringify(name)}`);
      return undefined;
    }
    if (receiver === null) return this.fail(`nil pointer evaluating interface {}.${name}`);
    if (!isMap(receiver)) return this.fail(`can't evaluate field ${name} in type ${receiverType}`);
    if (hasArgs) this.fail(`${name} is not a method but has arguments`);
    if (Object.hasOwn(receiver, name)) return receiver[name];
    if (this.options.missingKeyError) this.fail(`map has no entry for key ${JSON.stringify(name)}`);
    return undefined;
  }

  private evalFunction(dot: GoValue, ident: Extract<Operand, { type: 'identifier' }>, cmd: AnyNode, args: readonly Operand[], final: Final): GoValue {
    this.current = ident;
    const fn = FUNCTIONS[ident.name]!;
    const argNodes = args.slice(1);
    const count = argNodes.length + (final === NO_FINAL ? 0 : 1);
    if (fn.variadic ? count < fn.arity : count !== fn.arity) {
      this.fail(`wrong number of args for ${ident.name}: want ${fn.variadic ? 'at least ' : ''}${fn.arity} got ${count}`);
    }
    const values = ident.name === 'and' || ident.name === 'or' ? this.shortCircuit(dot, ident.name, argNodes, final) : this.evalArgs(dot, fn, argNodes, final);
    try {
      return fn.call(values);
    } catch (error) {
      if (!(error instanceof FunctionError)) throw error;
      this.current = cmd;
      return this.fail(`error calling ${ident.name}: ${error.message}`);
    }
  }

  private evalArgs(dot: GoValue, fn: TemplateFunction, nodes: readonly Operand[], final: Final): GoValue[] {
    const values = nodes.map((node, i) => this.checkString(fn, i, node, this.evalArg(dot, node)));
    if (final !== NO_FINAL) values.push(this.checkString(fn, values.length, undefined, final));
    return values;
  }

  /** Go evaluates and/or arguments left to right and stops at the first that decides the result. */
  private shortCircuit(dot: GoValue, name: string, nodes: readonly Operand[], final: Final): GoValue[] {
    const values: GoValue[] = [];
    for (const node of nodes) {
      const value = this.evalArg(dot, node);
      values.push(value);
      if (isTrue(value) === (name === 'or')) return values;
    }
    if (final !== NO_FINAL) values.push(final);
    return values;
  }

  private checkString(fn: TemplateFunction, index: number, node: Operand | undefined, value: GoValue): GoValue {
    if (!fn.stringParams?.includes(index) || typeof value === 'string') return value;
    if (node && (node.type === 'number' || node.type === 'bool' || node.type === 'nil')) this.fail(`expected string; found ${nodeString(node)}`);
    if (value === undefined) return this.fail('invalid value; expected string');
    return this.fail(`wrong type for value; expected string; got ${value === null ? 'interface {}' : typeName(value)}`);
  }

  private evalArg(dot: GoValue, node: Operand): GoValue {
    this.current = node;
    switch (node.type) {
      case 'field':
        return this.evalFieldChain(node, dot, node.names, [node], NO_FINAL);
      case 'variable':
        return this.evalVariable(node, [node], NO_FINAL);
      case 'chain':
        return this.evalChain(dot, node, [node], NO_FINAL);
      case 'pipeline':
        return this.evalPipeline(dot, node);
      case 'identifier':
        return this.evalFunction(dot, node, node, [node], NO_FINAL);
      case 'nil':
        return null;
      default:
        return this.constant(dot, node);
    }
  }

  private varValue(name: string): GoValue {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i]!.name === name) return this.vars[i]!.value;
    return this.fail(`undefined variable: ${name}`);
  }

  private setVar(name: string, value: GoValue): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i]!.name === name) {
        this.vars[i]!.value = value;
        return;
      }
    }
    this.fail(`undefined variable: ${name}`);
  }

  private fail(message: string): never {
    const { location, context } = errorContext(this.text, this.current);
    throw new TemplateExecError(`template: ${location}: executing ${JSON.stringify(this.name)} at <${context}>: ${message}`);
  }
}
