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
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === BACKSLASH && quote === DOUBLE_QUOTE) i++;
      else if (c === quote || c === NEWLINE) quote = 0;
    } else if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) quote = c;
    else if (c === HASH && (i === 0 || WHITESPACE.test(text[i - 1]!))) i = lineEnd(text, i);
    else if (c === OPEN_BRACKET || c === OPEN_BRACE) max = Math.max(max, ++depth);
    else if ((c === CLOSE_BRACKET || c === CLOSE_BRACE) && depth > 0) depth--;
  }
  return max;
}

/**
 * Indentation levels plus leading `- ` markers, per content line: a line is its indentation (spaces), then
 * any number of `-` each followed by spaces or the line's end, then its first non-space character; lines
 * with neither markers nor content, and comment lines, do not count.
 */
function blockDepth(text: string): number {
  const indents: number[] = [];
  let max = 0;
  for (let start = 0; start < text.length; start = lineEnd(text, start) + 1) {
    const end = lineEnd(text, start);
    let i = start;
    while (i < end && text.charCodeAt(i) === SPACE) i++;
    const indent = i - start;
    let dashes = 0;
    while (i < end && text.charCodeAt(i) === DASH && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) {
      dashes++;
      for (i++; i < end && text.charCodeAt(i) === SPACE; i++);
    }
    const first = i < end && !WHITESPACE.test(text[i]!) ? text.charCodeAt(i) : undefined;
    if ((first === undefined && dashes === 0) || first === HASH) continue;
    while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
    indents.push(indent);
    max = Math.max(max, indents.length + dashes);
  }
  return max;
}

function lineEnd(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at < 0 ? text.length : at;
}

const WHITESPACE = /\s/;
const [SPACE, DASH, HASH, NEWLINE, BACKSLASH] = [32, 45, 35, 10, 92];
const [DOUBLE_QUOTE, SINGLE_QUOTE] = [34, 39];
const [OPEN_BRACKET, CLOSE_BRACKET, OPEN_BRACE, CLOSE_BRACE] = [91, 93, 123, 125];
