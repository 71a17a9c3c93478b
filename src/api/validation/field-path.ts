/**
 * field.Path rendering (k8s.io/apimachinery/pkg/util/validation/field/path.go): children join with `.`,
 * indexes and map keys render as `[i]` and `[key]` (keys unquoted, as Go prints them).
 */
export const child = (path: string, ...names: string[]): string => [path, ...names].filter((p) => p !== '').join('.');
export const index = (path: string, i: number): string => `${path}[${i}]`;
export const key = (path: string, k: string): string => `${path}[${k}]`;
