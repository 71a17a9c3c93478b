/**
 * A linear pre-scan of manifest text, run before the YAML parser: the parser recurses once per nesting level
 * and overflows the stack near a thousand levels (taking seconds to do so), so absurd nesting and absurd
 * document counts are refused from the raw text. The estimate never undercounts real nesting: flow brackets
 * outside quotes and comments, plus block indentation levels and leading `- ` markers.
 */

/** The deepest nesting `text` can have, as flow brackets or as block indentation. */
export function nestingDepthEstimate(text: string): number {
  return Math.max(flowDepth(text), blockDepth(text));
}

/** Lines that start a new document (`---`), plus the first. */
export function documentCountEstimate(text: string): number {
  let count = 1;
  for (let at = text.indexOf('\n---'); at >= 0; at = text.indexOf('\n---', at + 4)) count++;
  return count;
}

function flowDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote || c === '\n') quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) i = lineEnd(text, i);
    else if (c === '[' || c === '{') max = Math.max(max, ++depth);
    else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return max;
}

function blockDepth(text: string): number {
  const indents: number[] = [];
  let max = 0;
  for (let start = 0; start < text.length; start = lineEnd(text, start) + 1) {
    const line = text.slice(start, lineEnd(text, start));
    const marker = /^( *)((?:-(?: +|$))*)(\S)?/.exec(line)!;
    if ((marker[3] === undefined && marker[2] === '') || marker[3] === '#') continue;
    const indent = marker[1]!.length;
    while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
    indents.push(indent);
    max = Math.max(max, indents.length + (marker[2]!.match(/-/g)?.length ?? 0));
  }
  return max;
}

function lineEnd(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at < 0 ? text.length : at;
}
