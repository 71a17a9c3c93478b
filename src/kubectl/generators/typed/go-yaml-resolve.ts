/**
 * The parts of gopkg.in/yaml.v2 (sigs.k8s.io/yaml/goyaml.v2 v1.4.0, resolve.go, encode.go, sorter.go)
 * that decide how a string is written: whether it would read back as something other than a string
 * (and so must be quoted), and the order map keys are written in.
 */

const RESOLVE_MAP = new Set([
  'y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON',
  'n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF',
  '~', 'null', 'Null', 'NULL', '.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF',
  '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF',
]);

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

/** encoder.stringv's test: plain style only if `resolve("", s)` gives !!str and s is no base-60 float. */
export function canUsePlain(s: string): boolean {
  return resolvesToString(s) && !BASE60_FLOAT.test(s);
}

/** resolve(): only strings whose first byte has a hint in resolveTable can be anything but !!str. */
function resolvesToString(s: string): boolean {
  if (s === '') return false;
  const first = s[0]!;
  if (!'+-0123456789yYnNtTfFoO~.'.includes(first)) return true;
  if (RESOLVE_MAP.has(s)) return false;
  if (first === '.') return !/^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s);
  if (!'+-0123456789'.includes(first)) return true;
  if (isTimestamp(s)) return false;
  const plain = s.replace(/_/g, '');
  return !(isGoInt(plain) || YAML_STYLE_FLOAT.test(plain));
}

/** strconv.ParseInt(s, 0, 64) or ParseUint(s, 0, 64) succeeds. */
function isGoInt(s: string): boolean {
  const match = /^([+-]?)(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO]?[0-7]+|[1-9][0-9]*|0)$/.exec(s);
  if (!match) return false;
  const digits = match[2]!.replace(/^0[oO]/, '0o').replace(/^0([0-7]+)$/, '0o$1');
  const magnitude = BigInt(digits);
  if (match[1] === '-') return magnitude <= 2n ** 63n;
  if (match[1] === '+') return magnitude < 2n ** 63n;
  return magnitude < 2n ** 64n;
}

/** resolve.go parseTimestamp: the four time.Parse layouts yaml.v2 accepts. */
function isTimestamp(s: string): boolean {
  const match =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt](\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))|(?: (\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?))?$/.exec(
      s,
    );
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const [hour, minute, second] = [match[4] ?? match[7] ?? '0', match[5] ?? match[8] ?? '0', match[6] ?? match[9] ?? '0'].map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour! < 24 && minute! < 60 && second! < 60;
}

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

/** sorter.go keyList.Less for string keys: letters after non-letters, digit runs compared as numbers. */
export function goYamlKeyLess(a: string, b: string): boolean {
  const ar = [...a];
  const br = [...b];
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = LETTER.test(ar[i]!);
    const bl = LETTER.test(br[i]!);
    if (al && bl) return ar[i]!.codePointAt(0)! < br[i]!.codePointAt(0)!;
    if (al || bl) return bl;
    return digitRunLess(ar, br, i);
  }
  return ar.length < br.length;
}

function digitRunLess(ar: string[], br: string[], i: number): boolean {
  let an = 0n;
  let bn = 0n;
  if (ar[i] === '0' || br[i] === '0') {
    for (let j = i - 1; j >= 0 && DIGIT.test(ar[j]!); j--) {
      if (ar[j] !== '0') {
        an = 1n;
        bn = 1n;
        break;
      }
    }
  }
  let ai = i;
  let bi = i;
  for (; ai < ar.length && DIGIT.test(ar[ai]!); ai++) an = an * 10n + BigInt(ar[ai]!.codePointAt(0)! - 48);
  for (; bi < br.length && DIGIT.test(br[bi]!); bi++) bn = bn * 10n + BigInt(br[bi]!.codePointAt(0)! - 48);
  if (an !== bn) return an < bn;
  if (ai !== bi) return ai < bi;
  return ar[i]!.codePointAt(0)! < br[i]!.codePointAt(0)!;
}

export function sortKeysGoYaml<T>(entries: [string, T][]): [string, T][] {
  return [...entries].sort(([a], [b]) => (goYamlKeyLess(a, b) ? -1 : goYamlKeyLess(b, a) ? 1 : 0));
}
