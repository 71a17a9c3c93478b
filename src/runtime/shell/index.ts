/**
 * A small POSIX shell after busybox ash: lexer → parser (AST) → a coroutine interpreter whose
 * builtins (one file each in builtins/) charge virtual time, so scripts from the Kubernetes docs
 * run unchanged on the simulated clock.
 */
export { parseScript } from './parser';
export { ShellSyntaxError } from './syntax-error';
export { shellProgram } from './shell-program';
export { UTILITIES, NETWORK_TOOLS, SHELL_BUILTINS } from './builtins/registry';
export { DNS_QUERY_MS, RESOLVER_TIMEOUT_MS } from './builtins/name-resolution';
export { NSLOOKUP_TIMEOUT_MS } from './builtins/nslookup';
export { TCP_CONNECT_TIMEOUT_MS } from './builtins/http-client';
export { TAIL_FOLLOW_INTERVAL_MS } from './builtins/tail';
export { DEFAULT_DATE_FORMAT, strftime } from './builtins/time-format';
export type { ListNode, CommandNode, Word } from './ast';
