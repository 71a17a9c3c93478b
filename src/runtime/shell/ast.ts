/**
 * The shell's syntax tree, after POSIX "Shell Command Language" §2.9 (and busybox ash's node
 * types in shell/ash.c: NCMD, NPIPE, NAND/NOR, NIF, NWHILE/NUNTIL, NFOR, NCASE, NSUBSHELL).
 */

/** One piece of a word before expansion; `quoted` parts are exempt from field splitting and globbing. */
export type WordPart =
  | { kind: 'literal'; text: string; quoted: boolean }
  | { kind: 'param'; name: string; op?: ParamOp; arg?: Word; quoted: boolean }
  | { kind: 'command'; program: ListNode; quoted: boolean }
  | { kind: 'arith'; expr: Word; quoted: boolean };

/** `${name:-w}` and friends; `length` is `${#name}`. */
export type ParamOp = ':-' | '-' | ':=' | '=' | ':+' | '+' | ':?' | '?' | '#' | '##' | '%' | '%%' | 'length';

export interface Word {
  parts: WordPart[];
  /** The source text, for reserved-word checks and messages. */
  text: string;
}

export type RedirectOp = '>' | '>>' | '<' | '>&' | '<&' | '>|' | '<>' | '<<' | '<<-';

export interface Redirect {
  fd: number | undefined;
  op: RedirectOp;
  target: Word;
  /** For `<<`: the body, filled when the lexer reaches the end of the line. */
  heredoc?: { body: Word };
}

export interface Assignment {
  name: string;
  value: Word;
}

export interface SimpleCommand {
  kind: 'simple';
  assignments: Assignment[];
  words: Word[];
  redirects: Redirect[];
}

interface Compound {
  redirects: Redirect[];
}

export interface IfNode extends Compound {
  kind: 'if';
  clauses: { condition: ListNode; body: ListNode }[];
  elseBody: ListNode | undefined;
}

export interface LoopNode extends Compound {
  kind: 'while' | 'until';
  condition: ListNode;
  body: ListNode;
}

export interface ForNode extends Compound {
  kind: 'for';
  name: string;
  /** undefined means `for x; do` = iterate over "$@". */
  items: Word[] | undefined;
  body: ListNode;
}

export interface CaseNode extends Compound {
  kind: 'case';
  subject: Word;
  items: { patterns: Word[]; body: ListNode | undefined }[];
}

export interface GroupNode extends Compound {
  kind: 'group' | 'subshell';
  body: ListNode;
}

export interface FunctionNode {
  kind: 'function';
  name: string;
  body: CommandNode;
}

export type CommandNode = SimpleCommand | IfNode | LoopNode | ForNode | CaseNode | GroupNode | FunctionNode;

export interface PipelineNode {
  kind: 'pipeline';
  negated: boolean;
  commands: CommandNode[];
}

export interface AndOrNode {
  kind: 'andor';
  first: PipelineNode;
  rest: { op: '&&' | '||'; pipeline: PipelineNode }[];
}

export interface ListNode {
  kind: 'list';
  items: { command: AndOrNode; background: boolean }[];
}
