import { sink } from '../streams';
import type { ShellBuiltin } from './shell-builtin';
import { compareGoStrings } from '../../../api/go-string-order';

/**
 * `set [-ex] [-o opt] [--] [args…]`: `-e` (errexit) and `-x` (xtrace) are honoured; other options
 * (`-u`, `-o pipefail`…) are accepted and ignored. Operands replace the positional parameters.
 */
export const set: ShellBuiltin = (sh, args, streams) => {
  let index = 1;
  for (; index < args.length; index++) {
    const arg = args[index] as string;
    if (arg === '--') {
      index++;
      break;
    }
    if (!/^[-+][a-zA-Z]+$/.test(arg)) break;
    if (arg.slice(1).includes('o')) index++;
    const enable = arg.startsWith('-');
    if (arg.includes('e')) sh.state.errexit = enable;
    if (arg.includes('x')) sh.state.xtrace = enable;
  }
  if (args.length === 1) {
    const out = sink(streams, 1);
    for (const [name, variable] of [...sh.state.vars].sort(([a], [b]) => compareGoStrings(a, b))) out(`${name}='${variable.value}'\n`);
    return 0;
  }
  if (index < args.length || args[index - 1] === '--') sh.state.positional = args.slice(index);
  return 0;
};
