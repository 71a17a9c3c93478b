/**
 * yaml_emitter_analyze_scalar and yaml_emitter_select_scalar_style from goyaml.v2 emitterc.go:
 * which styles a scalar's characters allow, and the style the emitter settles on.
 */
export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal';

export interface ScalarAnalysis {
  multiline: boolean;
  flowPlainAllowed: boolean;
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  blockAllowed: boolean;
}

export interface ScalarContext {
  flowLevel: number;
  simpleKey: boolean;
}

/** is_printable over code points (the emitter runs with unicode enabled). */
export function isPrintable(cp: number): boolean {
  return cp === 0x0a || (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff);
}

export function isBreak(ch: string | undefined): boolean {
  return ch === '\r' || ch === '\n' || ch === '\u0085' || ch === '\u2028' || ch === '\u2029';
}

const isBlank = (ch: string | undefined) => ch === ' ' || ch === '\t';
const isBlankOrEnd = (ch: string | undefined) => ch === undefined || ch === '\0' || isBlank(ch) || isBreak(ch);

interface Flags {
  flowIndicators: boolean;
  blockIndicators: boolean;
  special: boolean;
  lineBreaks: boolean;
  leadingSpace: boolean;
  leadingBreak: boolean;
  trailingSpace: boolean;
  trailingBreak: boolean;
  breakSpace: boolean;
  spaceBreak: boolean;
}

export function analyzeScalar(value: string): ScalarAnalysis {
  if (value.length === 0) {
    return { multiline: false, flowPlainAllowed: false, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: false };
  }
  const f = scanScalar([...value]);
  const a: ScalarAnalysis = { multiline: f.lineBreaks, flowPlainAllowed: true, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: true };
  if (f.leadingSpace || f.leadingBreak || f.trailingSpace || f.trailingBreak) a.flowPlainAllowed = a.blockPlainAllowed = false;
  if (f.trailingSpace) a.blockAllowed = false;
  if (f.breakSpace) a.flowPlainAllowed = a.blockPlainAllowed = a.singleQuotedAllowed = false;
  if (f.spaceBreak || f.special) a.flowPlainAllowed = a.blockPlainAllowed = a.singleQuotedAllowed = a.blockAllowed = false;
  if (f.lineBreaks) a.flowPlainAllowed = a.blockPlainAllowed = false;
  if (f.flowIndicators) a.flowPlainAllowed = false;
  if (f.blockIndicators) a.blockPlainAllowed = false;
  return a;
}

function scanScalar(chars: string[]): Flags {
  const f: Flags = {
    flowIndicators: false, blockIndicators: false, special: false, lineBreaks: false, leadingSpace: false,
    leadingBreak: false, trailingSpace: false, trailingBreak: false, breakSpace: false, spaceBreak: false,
  };
  const head = chars.slice(0, 3).join('');
  if (head === '---' || head === '...') f.flowIndicators = f.blockIndicators = true;
  let precededByWhitespace = true;
  let previousSpace = false;
  let previousBreak = false;
  chars.forEach((ch, i) => {
    const followedByWhitespace = i + 1 >= chars.length || isBlank(chars[i + 1]);
    markIndicators(f, ch, i === 0, precededByWhitespace, followedByWhitespace);
    if (!isPrintable(ch.codePointAt(0)!)) f.special = true;
    const last = i === chars.length - 1;
    if (ch === ' ') {
      if (i === 0) f.leadingSpace = true;
      if (last) f.trailingSpace = true;
      if (previousBreak) f.breakSpace = true;
      [previousSpace, previousBreak] = [true, false];
    } else if (isBreak(ch)) {
      f.lineBreaks = true;
      if (i === 0) f.leadingBreak = true;
      if (last) f.trailingBreak = true;
      if (previousSpace) f.spaceBreak = true;
      [previousSpace, previousBreak] = [false, true];
    } else {
      [previousSpace, previousBreak] = [false, false];
    }
    precededByWhitespace = isBlankOrEnd(ch);
  });
  return f;
}

function markIndicators(f: Flags, ch: string, first: boolean, precededByWs: boolean, followedByWs: boolean): void {
  if (first) {
    if ('#,[]{}&*!|>\'"%@`'.includes(ch)) f.flowIndicators = f.blockIndicators = true;
    else if (ch === '?' || ch === ':') {
      f.flowIndicators = true;
      if (followedByWs) f.blockIndicators = true;
    } else if (ch === '-' && followedByWs) f.flowIndicators = f.blockIndicators = true;
    return;
  }
  if (',?[]{}'.includes(ch)) f.flowIndicators = true;
  else if (ch === ':') {
    f.flowIndicators = true;
    if (followedByWs) f.blockIndicators = true;
  } else if (ch === '#' && precededByWs) f.flowIndicators = f.blockIndicators = true;
}

export function selectScalarStyle(requested: ScalarStyle, value: string, a: ScalarAnalysis, ctx: ScalarContext): ScalarStyle {
  let style = requested;
  if (ctx.simpleKey && a.multiline) style = 'double';
  if (style === 'plain') {
    if ((ctx.flowLevel > 0 && !a.flowPlainAllowed) || (ctx.flowLevel === 0 && !a.blockPlainAllowed)) style = 'single';
    if (value.length === 0 && (ctx.flowLevel > 0 || ctx.simpleKey)) style = 'single';
  }
  if (style === 'single' && !a.singleQuotedAllowed) style = 'double';
  if (style === 'literal' && (!a.blockAllowed || ctx.flowLevel > 0 || ctx.simpleKey)) style = 'double';
  return style;
}
