/**
 * The shell's syntax tree, after POSIX "Shell Command Language" §2.9 (and busybox ash's node
 * types in shell/ash.c: NCMD, NPIPE, NAND/NOR, NIF, NWHILE/NUNTIL, NFOR, NCASE, NSUBSHELL).
 */

/** One piece of a word before expansion; `quoted` parts are exempt from field splitting and globbing. */
export type WordPart =
  | { kind: 'literal'; text: string; quoted: boolean }
  | { kind: 'param'; name: string; op?: ParamOp; arg?: Word; quoted: boolean; subscript?: Word }
  | { kind: 'command'; program: ListNode; quoted: boolean }
  | { kind: 'arith'; expr: Word; quoted: boolean };

/**
 * `${name:-w}` and friends; `length` is `${#name}`; `indices` is bash's `${!name[@]}`. A `subscript`
 * (bash only) is the text between `[` and `]`: `@` or `*` for every element, else an arithmetic index.
 */
export type ParamOp = ':-' | '-' | ':=' | '=' | ':+' | '+' | ':?' | '?' | '#' | '##' | '%' | '%%' | 'length' | 'indices';

export interface Word {
  parts: WordPart[];
  /** The source text, for reserved-word checks and messages. */
  text: string;
  /** Set by the bash lexer when the word reads as `name[i]=v`, `name+=v` or `name=(…)`. */
  bashAssignment?: BashAssignment;
}

/** bash's assignment forms beyond POSIX `name=value` (bash(1) "Arrays", "PARAMETERS"). */
export interface BashAssignment {
  name: string;
  subscript?: Word;
  append: boolean;
  value: Word;
  /** `name=(a b c)`: the compound assignment's words. */
  items?: Word[];
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
  /** bash only: `a[i]=v`, `a+=v`, `a=(…)`. */
  subscript?: Word;
  append?: boolean;
  items?: Word[];
}

export interface SimpleCommand {
  kind: 'simple';
  /** The script line it starts on, for dash's and bash's `line N:` messages. */
  line: number;
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
