import { parseSignal } from '../../signals';
import type { TrapCondition } from '../shell-state';
import { sink } from '../streams';
import type { ShellBuiltin } from './shell-builtin';

/**
 * `trap ACTION CONDITION…`, `trap - CONDITION…` (reset), `trap '' CONDITION…` (ignore), `trap`
 * (list). Conditions: `EXIT`/`0`, or signals as `TERM`, `SIGTERM` or `15`.
 * A trapped signal runs its action once the current foreground command has finished (POSIX §2.11),
 * so `trap 'exit 0' TERM; sleep 600` still waits for the sleep: loop with short sleeps instead.
 */
export const trap: ShellBuiltin = (sh, args, streams) => {
  if (args.length === 1) {
    for (const [condition, action] of sh.state.traps) sink(streams, 1)(`trap -- '${action}' ${condition.replace(/^SIG/, '')}\n`);
    return 0;
  }
  const action = args[1] as string;
  const isReset = action === '-' || /^\d+$/.test(action);
  const conditions = isReset && action !== '-' ? args.slice(1) : args.slice(2);
  for (const name of conditions) {
    const condition: TrapCondition | undefined = name === 'EXIT' || name === '0' ? 'EXIT' : parseSignal(name);
    if (condition === undefined) {
      sink(streams, 2)(`sh: trap: ${name}: invalid signal specification\n`);
      return 1;
    }
    if (isReset) sh.state.traps.delete(condition);
    else sh.state.traps.set(condition, action);
  }
  return 0;
};
