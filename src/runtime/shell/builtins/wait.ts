import type { ShellBuiltin } from './shell-builtin';

/** `wait`: kubespec runs `&` jobs to completion before continuing, so there is never anything to wait for. */
export const wait: ShellBuiltin = () => 0;
