import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { documentCountEstimate, nestingDepthEstimate } from './manifest-nesting';

/** The estimate as first written, with regular expressions per line: the oracle for the character scan. */
function reference(text: string): number {
  const lineEnd = (from: number) => (text.indexOf('\n', from) < 0 ? text.length : text.indexOf('\n', from));
  let depth = 0;
  let flow = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote || c === '\n') quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) i = lineEnd(i);
    else if (c === '[' || c === '{') flow = Math.max(flow, ++depth);
    else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  const indents: number[] = [];
  let block = 0;
  for (let start = 0; start < text.length; start = lineEnd(start) + 1) {
    const marker = /^( *)((?:-(?: +|$))*)(\S)?/.exec(text.slice(start, lineEnd(start)))!;
    if ((marker[3] === undefined && marker[2] === '') || marker[3] === '#') continue;
    const indent = marker[1]!.length;
    while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
    indents.push(indent);
    block = Math.max(block, indents.length + (marker[2]!.match(/-/g)?.length ?? 0));
  }
  return Math.max(flow, block);
}

test('the nesting estimate agrees with the regular-expression version on YAML-ish text', () => {
  const pieces = fc.constantFrom(' ', '  ', '- ', '-', '-x', 'a: ', 'b', '\n', '\t', '\r', '#', ' #', '[', ']', '{', '}', '"', "'", '\\', '\u00a0', '---\n');
  fc.assert(fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => assert.equal(nestingDepthEstimate(parts.join('')), reference(parts.join('')))), { numRuns: 5000 });
});

test('block sequences and mappings count their levels; flow brackets in quotes and comments do not', () => {
  assert.equal(nestingDepthEstimate('a:\n  b:\n    - - c\n'), 5);
  assert.equal(nestingDepthEstimate('a: "[[[" # {{{\nb: [[1]]\n'), 2);
  assert.equal(documentCountEstimate('a: 1\n---\nb: 2\n---\n'), 3);
});
