/**
 * The kubelet's `$(VAR)` expansion of command, args, env values and subPathExpr — no shell
 * involved. A port of third_party/forked/golang/expansion/expand.go (Expand, tryReadVariableName,
 * MappingFuncFor):
 * - `$(NAME)` becomes the value when NAME is defined, else stays literally `$(NAME)`;
 * - `$$` becomes `$`, so `$$(NAME)` yields the literal `$(NAME)`;
 * - `$` followed by anything else, an unclosed `$(`, or a trailing `$` is kept as is.
 * Worked example: `echo $(GREETING) $$(GREETING) $HOME $(MISSING)` with GREETING=hi →
 * `echo hi $(GREETING) $HOME $(MISSING)`.
 */

/** Variables are looked up in each context in turn (MappingFuncFor takes several maps). */
export function expandKubeletVars(text: string, ...contexts: ReadonlyArray<Readonly<Record<string, string>>>): string {
  const mapping = (name: string): string => {
    for (const vars of contexts) if (Object.prototype.hasOwnProperty.call(vars, name)) return vars[name] as string;
    return `$(${name})`;
  };
  let out = '';
  let checkpoint = 0;
  for (let cursor = 0; cursor < text.length; cursor++) {
    if (text[cursor] !== '$' || cursor + 1 >= text.length) continue;
    out += text.slice(checkpoint, cursor);
    const { read, isVar, advance } = tryReadVariableName(text.slice(cursor + 1));
    out += isVar ? mapping(read) : read;
    cursor += advance;
    checkpoint = cursor + 1;
  }
  return out + text.slice(checkpoint);
}

function tryReadVariableName(input: string): { read: string; isVar: boolean; advance: number } {
  if (input[0] === '$') return { read: '$', isVar: false, advance: 1 };
  if (input[0] === '(') {
    const close = input.indexOf(')', 1);
    if (close >= 0) return { read: input.slice(1, close), isVar: true, advance: close + 1 };
    return { read: '$(', isVar: false, advance: 1 };
  }
  return { read: `$${input[0] ?? ''}`, isVar: false, advance: 1 };
}
