/**
 * bash's indexed-array subscripts (bash(1) "Arrays"): `[@]`/`[*]` mean every element in index order;
 * anything else is an arithmetic expression, and a negative index counts back from the highest
 * index plus one (`${a[-1]}` is the last element). Only the bash lexer produces subscripts.
 */
import type { Word } from './ast';
import type { ShellState } from './shell-state';

export type Subscript = { kind: 'all'; star: boolean } | { kind: 'index'; index: number } | { kind: 'bad' };

/** Resolves an already expanded subscript against `name`'s current elements. */
export function resolveSubscript(state: ShellState, name: string, subscriptText: string, evaluate: (text: string) => number): Subscript {
  const trimmed = subscriptText.trim();
  if (trimmed === '@' || trimmed === '*') return { kind: 'all', star: trimmed === '*' };
  const index = evaluate(subscriptText);
  if (index >= 0) return { kind: 'index', index };
  const elements = state.elements(name);
  const fromEnd = (elements.size === 0 ? 0 : Math.max(...elements.keys()) + 1) + index;
  return fromEnd < 0 ? { kind: 'bad' } : { kind: 'index', index: fromEnd };
}

/** Element values in index order (bash keeps arrays sparse: `a[7]=x` leaves 3..6 unset). */
export function elementValues(state: ShellState, name: string): string[] {
  return [...state.elements(name).entries()].sort(([a], [b]) => a - b).map(([, value]) => value);
}

export function elementIndices(state: ShellState, name: string): string[] {
  return [...state.elements(name).keys()].sort((a, b) => a - b).map(String);
}

export function isAllSubscript(subscript: Word | undefined): boolean {
  return subscript !== undefined && /^\s*[@*]\s*$/.test(subscript.text);
}
