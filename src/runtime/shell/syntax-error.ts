/**
 * A parse failure. The message is busybox ash's text after `sh: ` (shell/ash.c
 * raise_error_syntax / raise_error_unexpected_syntax), e.g. `syntax error: unexpected "fi" (expecting "then")`.
 */
export class ShellSyntaxError extends Error {
  constructor(detail: string) {
    super(`syntax error: ${detail}`);
    this.name = 'ShellSyntaxError';
  }
}

/** ash's tokname(): keywords and operators quoted, the first few token classes bare. */
export function tokenName(token: string): string {
  return ['end of file', 'newline', 'redirection', 'word'].includes(token) ? token : `"${token}"`;
}

export function unexpected(got: string, expecting?: string): ShellSyntaxError {
  const suffix = expecting === undefined ? '' : ` (expecting ${tokenName(expecting)})`;
  return new ShellSyntaxError(`unexpected ${tokenName(got)}${suffix}`);
}
