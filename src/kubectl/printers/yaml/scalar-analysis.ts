/**
 * How go-yaml v2 (sigs.k8s.io/yaml/goyaml.v2, used by `kubectl get -o yaml`) decides a string's style:
 * `encoder.stringv` asks for plain unless the text would read back as another type (resolve.go) or as a
 * base-60 float, and for a literal block when it contains a newline; `yaml_emitter_analyze_scalar` and
 * `yaml_emitter_select_scalar_style` (emitterc.go) then fall back to single, then double quotes.
 */
export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal';

export function selectStyle(text: string, isKey: boolean): ScalarStyle {
  const a = analyze(text);
  if (text.includes('\n')) return a.blockAllowed && !isKey ? 'literal' : 'double';
  if (isKey && a.multiline) return 'double';
  if (!resolvesToString(text) || isBase60Float(text)) return 'double';
  if (a.blockPlainAllowed && text !== '') return 'plain';
  return a.singleQuotedAllowed ? 'single' : 'double';
}

interface Analysis {
  multiline: boolean;
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  blockAllowed: boolean;
}

const FIRST_INDICATORS = '#,[]{}&*!|>\'"%@`';

/** `yaml_emitter_analyze_scalar`, for block context (kubectl never emits flow collections with content). */
export function analyze(text: string): Analysis {
  if (text === '') return { multiline: false, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: false };
  const chars = [...text];
  let blockIndicators = text.startsWith('---') || text.startsWith('...');
  let special = false, lineBreaks = false, leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false;
  let breakSpace = false, spaceBreak = false, previousSpace = false, previousBreak = false;
  let precededByWhitespace = true;
  for (const [i, c] of chars.entries()) {
    const followedByWhitespace = isBlankOrEnd(chars[i + 1]);
    if (i === 0) {
      if (FIRST_INDICATORS.includes(c)) blockIndicators = true;
      if ((c === '?' || c === ':' || c === '-') && followedByWhitespace) blockIndicators = true;
    } else if ((c === ':' && followedByWhitespace) || (c === '#' && precededByWhitespace)) {
      blockIndicators = true;
    }
    if (!isPrintable(c)) special = true;
    if (isBreak(c)) lineBreaks = true;
    const last = i === chars.length - 1;
    if (c === ' ') {
      if (i === 0) leadingSpace = true;
      if (last) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      [previousSpace, previousBreak] = [true, false];
    } else if (isBreak(c)) {
      if (i === 0) leadingBreak = true;
      if (last) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      [previousSpace, previousBreak] = [false, true];
    } else {
      [previousSpace, previousBreak] = [false, false];
    }
    precededByWhitespace = isBlankOrEnd(c);
  }
  const all = !(spaceBreak || special);
  return {
    multiline: lineBreaks,
    blockPlainAllowed: all && !breakSpace && !lineBreaks && !blockIndicators && !(leadingSpace || leadingBreak || trailingSpace || trailingBreak),
    singleQuotedAllowed: all && !breakSpace,
    blockAllowed: all && !trailingSpace,
  };
}

export function isBreak(c: string | undefined): boolean {
  return c === '\r' || c === '\n' || c === '\u0085' || c === '\u2028' || c === '\u2029';
}

function isBlankOrEnd(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\t' || isBreak(c);
}

/** libyaml `is_printable`: LF, 0x20–0x7E, 0xA0–0xD7FF, 0xE000–0xFFFD except the BOM. */
export function isPrintable(c: string): boolean {
  const cp = c.codePointAt(0)!;
  return cp === 0x0a || (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff);
}

const NON_STRINGS = new Set(
  [
    'y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON',
    'n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF',
    '', '~', 'null', 'Null', 'NULL', '.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF',
  ],
);

/** go-yaml v2 `resolve`: would this text, unquoted, read back as a string? */
export function resolvesToString(text: string): boolean {
  const first = text[0] ?? '';
  if (text === '' || (NON_STRINGS.has(text) && 'yYnNtTfFoO~.+-'.includes(first))) return false;
  if (text === '<<') return true;
  if (first === '.') return !isGoFloat(text);
  if (!/^[-+0-9]/.test(first)) return true;
  if (isTimestamp(text)) return false;
  const plain = text.replace(/_/g, '');
  return !(isGoInt(plain) || (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(plain)) || /^-?0b[01]+$/.test(plain));
}

/** strconv.ParseInt/ParseUint with base 0: decimal, 0x hex, 0o or leading-0 octal, 0b binary. */
function isGoInt(text: string): boolean {
  return /^[-+]?(0|[1-9][0-9]*|0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+)$/.test(text);
}

function isGoFloat(text: string): boolean {
  return /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(text);
}

function isBase60Float(text: string): boolean {
  return /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/.test(text);
}

/** go-yaml v2 `parseTimestamp`: YYYY-M-D, optionally with a time (and zone when `T`-separated). */
function isTimestamp(text: string): boolean {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:([Tt])(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})|( )(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?)?$/.exec(text);
  if (!m) return false;
  const [month, day] = [Number(m[2]), Number(m[3])];
  const [h, min, s] = [m[5] ?? m[9], m[6] ?? m[10], m[7] ?? m[11]].map((v) => Number(v ?? 0)) as [number, number, number];
  const daysInMonth = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && h < 24 && min < 60 && s < 60;
}
