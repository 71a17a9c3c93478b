/**
 * Go's string order (`sort.Strings`, `a < b` on strings): byte-wise over UTF-8, which is code-point order.
 * `localeCompare` depends on the host's locale and would make output differ between machines; plain `<` on
 * JS strings compares UTF-16 code units, which disagrees with code-point order only when a surrogate pair
 * meets a character in U+E000–U+FFFF, so the loop falls back to code points just for that case.
 */
export function compareGoStrings(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) return (a.codePointAt(i) ?? x) - (b.codePointAt(i) ?? y);
    return x - y;
  }
  return a.length - b.length;
}
