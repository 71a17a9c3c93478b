/**
 * Splits a command line into words as a POSIX shell would for kubectl invocations: single and double
 * quotes, backslash escapes, and nothing else (no globbing, no variable expansion). A trailing
 * `> file` redirection is returned separately so `kubectl create ... -o yaml > web.yaml` works.
 */
export interface CommandLine {
  words: string[];
  /** `> file` or `>> file` at the end of the line. */
  redirect?: { path: string; append: boolean };
}

export class QuotingError extends Error {}

export function tokenize(line: string): CommandLine {
  const words: string[] = [];
  const operators: { index: number; op: string }[] = [];
  let current = '';
  let inWord = false;
  let i = 0;
  const push = () => {
    if (inWord) words.push(current);
    current = '';
    inWord = false;
  };
  while (i < line.length) {
    const c = line[i]!;
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new QuotingError('unterminated single quote');
      current += line.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      i = readDoubleQuoted(line, i + 1, (s) => (current += s));
      inWord = true;
    } else if (c === '\\' && i + 1 < line.length) {
      current += line[i + 1];
      inWord = true;
      i += 2;
    } else if (c === '>' && !inWord) {
      const append = line[i + 1] === '>';
      operators.push({ index: words.length, op: append ? '>>' : '>' });
      i += append ? 2 : 1;
    } else if (/\s/.test(c)) {
      push();
      i++;
    } else {
      current += c;
      inWord = true;
      i++;
    }
  }
  push();
  return withRedirect(words, operators);
}

function readDoubleQuoted(line: string, start: number, emit: (s: string) => void): number {
  let i = start;
  while (i < line.length) {
    const c = line[i]!;
    if (c === '"') return i + 1;
    if (c === '\\' && i + 1 < line.length && '"\\$`\n'.includes(line[i + 1]!)) {
      emit(line[i + 1]!);
      i += 2;
    } else {
      emit(c);
      i++;
    }
  }
  throw new QuotingError('unterminated double quote');
}

function withRedirect(words: string[], operators: { index: number; op: string }[]): CommandLine {
  if (operators.length === 0) return { words };
  const last = operators[operators.length - 1]!;
  if (operators.length > 1 || last.index !== words.length - 1) {
    throw new QuotingError('only one output redirection at the end of the command is supported');
  }
  return { words: words.slice(0, -1), redirect: { path: words[words.length - 1]!, append: last.op === '>>' } };
}
