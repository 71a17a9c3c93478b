import type { ShellBuiltin } from './shell-builtin';

/** `:` does nothing, successfully. */
export const colon: ShellBuiltin = () => 0;
