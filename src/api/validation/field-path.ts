/**
 * field.Path rendering (k8s.io/apimachinery/pkg/util/validation/field/path.go): children join with `.`,
 * indexes and map keys render as `[i]` and `[key]` (keys unquoted, as Go prints them).
 */
export function child(path: string, ...names: string[]): string {
  // Validators build a path for nearly every field they look at: concatenation, no intermediate array.
  let out = path;
  for (const name of names) {
    if (name === '') continue;
    out = out === '' ? name : `${out}.${name}`;
  }
  return out;
}
export const index = (path: string, i: number): string => `${path}[${i}]`;
export const key = (path: string, k: string): string => `${path}[${k}]`;
