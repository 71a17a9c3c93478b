/** A builtin that needs the shell itself (its variables, traps, control flow): `cd`, `export`, `trap`… */
import type { Effect, Wake } from '../../program';
import type { Interpreter } from '../interpreter';
import type { Streams } from '../streams';

export type ShellBuiltin = (sh: Interpreter, args: readonly string[], streams: Streams) => Generator<Effect, number, Wake> | number;
