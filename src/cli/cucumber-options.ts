/**
 * The cucumber-js 12 options `kubespec run` passes through (lib/configuration/argv_parser.js), and
 * whether each takes a value. Knowing them lets kubespec reject a misspelt option with exit code 2
 * (Cucumber itself would exit 1) and find the feature paths among the arguments to check they exist.
 * `--config`, `--profile` and `--shard` are kubespec's own (see run-command.ts).
 */
export const CUCUMBER_OPTIONS: Readonly<Record<string, { readonly value: boolean; readonly short?: string }>> = {
  backtrace: { value: false, short: 'b' },
  'dry-run': { value: false, short: 'd' },
  exit: { value: false },
  'force-exit': { value: false },
  'fail-fast': { value: false },
  format: { value: true, short: 'f' },
  'format-options': { value: true },
  import: { value: true, short: 'i' },
  loader: { value: true, short: 'l' },
  language: { value: true },
  name: { value: true },
  order: { value: true },
  parallel: { value: true },
  plugin: { value: true },
  'plugin-options': { value: true },
  publish: { value: false },
  require: { value: true, short: 'r' },
  'require-module': { value: true },
  retry: { value: true },
  'retry-tag-filter': { value: true },
  strict: { value: false },
  'no-strict': { value: false },
  tags: { value: true, short: 't' },
  'world-parameters': { value: true },
};

/** The long name of a Cucumber option token (`-t` → `tags`, `--tags=x` → `tags`), if it is one. */
export function cucumberOptionName(flag: string): string | undefined {
  if (flag.startsWith('--')) return flag.slice(2) in CUCUMBER_OPTIONS ? flag.slice(2) : undefined;
  return Object.keys(CUCUMBER_OPTIONS).find((name) => CUCUMBER_OPTIONS[name]!.short === flag.slice(1));
}
