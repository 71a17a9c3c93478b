/**
 * The literal checks that apimachinery types run in their own UnmarshalJSON, with their own messages
 * (these errors carry no Go struct field context).
 */

// k8s.io/apimachinery/pkg/api/resource/quantity.go: splitREString, ErrFormatWrong, ErrSuffix.
const QUANTITY_PATTERN = '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$';
const QUANTITY_RE = new RegExp(QUANTITY_PATTERN);
const ERR_FORMAT_WRONG = `quantities must match the regular expression '${QUANTITY_PATTERN}'`;
const ERR_SUFFIX = "unable to parse quantity's suffix";
const SUFFIXES = new Set(['', 'n', 'u', 'm', 'k', 'M', 'G', 'T', 'P', 'E', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei']);

/**
 * Quantity.UnmarshalJSON takes a JSON string or the raw text of any other value (`1`, `0.5`),
 * trims it and parses it; returns the error message, or undefined when `value` is a quantity.
 */
export function checkQuantity(value: unknown): string | undefined {
  const text = typeof value === 'string' ? value.trim() : JSON.stringify(value);
  const match = QUANTITY_RE.exec(text);
  if (!match) return ERR_FORMAT_WRONG;
  const [, number = '', suffix = ''] = match;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(number)) return ERR_FORMAT_WRONG;
  if (!SUFFIXES.has(suffix) && !/^[eE][-+]?\d+$/.test(suffix)) return ERR_SUFFIX;
  return undefined;
}

const BASE64_ALPHABET = /^[A-Za-z0-9+/]$/;

/**
 * encoding/base64 StdEncoding.Decode, which encoding/json runs for `[]byte` fields (Secret `data`,
 * ConfigMap `binaryData`): the message names the offset of the first bad byte, or of the incomplete quantum.
 */
export function checkBase64(value: string): string | undefined {
  const padding = /=*$/.exec(value)?.[0].length ?? 0;
  const body = value.slice(0, value.length - padding);
  for (let i = 0; i < body.length; i++) {
    if (!BASE64_ALPHABET.test(body.charAt(i))) return `illegal base64 data at input byte ${i}`;
  }
  const rest = body.length % 4;
  // A complete quantum takes no padding; 2 or 3 trailing characters need `==` or `=`; 1 is never valid.
  if (rest === 0 && padding === 0) return undefined;
  if ((rest === 2 && padding === 2) || (rest === 3 && padding === 1)) return undefined;
  if (rest === 1) return `illegal base64 data at input byte ${body.length - 1}`;
  return `illegal base64 data at input byte ${rest === 0 ? body.length : body.length - rest}`;
}
