/**
 * Where an execution error happened, as text/template's ErrorContext (parse/parse.go) words it: `output:LINE:COL`
 * with COL counted in bytes from the start of the line, and the failing node as the template spells it.
 */
import { nodeString, type AnyNode } from './nodes';

export function errorContext(text: string, node: AnyNode | undefined): { location: string; context: string } {
  const before = text.slice(0, node?.pos ?? 0);
  const line = 1 + (before.match(/\n/g)?.length ?? 0);
  const col = Buffer.byteLength(before.slice(before.lastIndexOf('\n') + 1), 'utf8');
  return { location: `output:${line}:${col}`, context: node ? nodeString(node) : '' };
}
