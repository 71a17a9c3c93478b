/**
 * The parse tree of a Go template (src/text/template/parse/node.go), with Go's String() forms: execution errors
 * quote the node they failed at (`executing "output" at <index .items 5>: …`).
 */
import type { GoValue } from './values';

export type Operand =
  | { type: 'field'; pos: number; names: string[] }
  | { type: 'variable'; pos: number; names: string[] }
  | { type: 'identifier'; pos: number; name: string }
  | { type: 'dot'; pos: number }
  | { type: 'nil'; pos: number }
  | { type: 'bool'; pos: number; value: boolean }
  | { type: 'number'; pos: number; text: string; value: GoValue }
  | { type: 'string'; pos: number; quoted: string; value: string }
  | { type: 'chain'; pos: number; node: Operand; fields: string[] }
  | Pipeline;

export interface Pipeline {
  type: 'pipeline';
  pos: number;
  decl: string[];
  isAssign: boolean;
  cmds: Command[];
}

export interface Command {
  type: 'command';
  pos: number;
  args: Operand[];
}

export type Node =
  | { type: 'text'; pos: number; text: string }
  | { type: 'action'; pos: number; pipe: Pipeline }
  | ControlNode
  | { type: 'break' | 'continue'; pos: number }
  | { type: 'template'; pos: number; name: string; pipe?: Pipeline };

/** A parsed template: its own nodes, and what `{{define}}` and `{{block}}` named. */
export interface ParsedTemplate {
  root: Node[];
  defines: Map<string, Node[]>;
}

/** `{{if}}`, `{{with}}` and `{{range}}`: a pipeline, its list, and what `{{else}}` runs. */
export interface ControlNode {
  type: 'if' | 'with' | 'range';
  pos: number;
  pipe: Pipeline;
  list: Node[];
  elseList?: Node[];
}

export type AnyNode = Node | Operand | Command;

export function nodeString(node: AnyNode): string {
  switch (node.type) {
    case 'field':
      return node.names.map((n) => `.${n}`).join('');
    case 'variable':
      return node.names.join('.');
    case 'identifier':
      return node.name;
    case 'dot':
      return '.';
    case 'nil':
      return 'nil';
    case 'bool':
      return String(node.value);
    case 'number':
      return node.text;
    case 'string':
      return node.quoted;
    case 'chain':
      return `${node.node.type === 'pipeline' ? `(${nodeString(node.node)})` : nodeString(node.node)}${node.fields.map((f) => `.${f}`).join('')}`;
    case 'pipeline': {
      const decl = node.decl.length > 0 ? `${node.decl.join(', ')} ${node.isAssign ? '=' : ':='} ` : '';
      return decl + node.cmds.map(nodeString).join(' | ');
    }
    case 'command':
      return node.args.map((a) => (a.type === 'pipeline' ? `(${nodeString(a)})` : nodeString(a))).join(' ');
    case 'action':
      return `{{${nodeString(node.pipe)}}}`;
    case 'template':
      return `{{template ${JSON.stringify(node.name)}${node.pipe ? ` ${nodeString(node.pipe)}` : ''}}}`;
    case 'text':
      return node.text;
    default:
      return `{{${node.type}}}`;
  }
}
