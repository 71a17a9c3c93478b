/**
 * `$(VAR)` references in env values (third_party/forked/golang/expansion/expand.go Expand and
 * MappingFuncFor). The same port lives in runtime/expansion.ts for command and args; storage and runtime
 * are siblings and may not share code, and the function is small enough to keep twice.
 * `$(NAME)` → the value if defined, else left as `$(NAME)`; `$$` → `$`; any other `$` stays.
 */
export function expandEnvValue(text: string, ...contexts: ReadonlyArray<ReadonlyMap<string, string>>): string {
  const mapping = (name: string): string => {
    for (const vars of contexts) if (vars.has(name)) return vars.get(name)!;
    return `$(${name})`;
  };
  let out = '';
  let checkpoint = 0;
  for (let cursor = 0; cursor < text.length; cursor++) {
    if (text[cursor] !== '$' || cursor + 1 >= text.length) continue;
    out += text.slice(checkpoint, cursor);
    const next = text.slice(cursor + 1);
    const close = next.startsWith('(') ? next.indexOf(')', 1) : -1;
    if (next[0] === '$') out += '$';
    else if (close >= 0) out += mapping(next.slice(1, close));
    else out += next[0] === '(' ? '$(' : `$${next[0]}`;
    cursor += close >= 0 ? close + 1 : 1;
    checkpoint = cursor + 1;
  }
  return out + text.slice(checkpoint);
}
