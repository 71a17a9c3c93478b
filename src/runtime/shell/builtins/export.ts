import { sink } from '../streams';
import type { ShellBuiltin } from './shell-builtin';
import { compareGoStrings } from '../../../api/go-string-order';

/** `export NAME[=value]…`; with no operands (or `-p`) lists exported variables as ash does. */
export const exportBuiltin: ShellBuiltin = (sh, args, streams) => {
  const operands = args.slice(1).filter((arg) => arg !== '-p');
  if (operands.length === 0) {
    const out = sink(streams, 1);
    for (const [name, variable] of [...sh.state.vars].sort(([a], [b]) => compareGoStrings(a, b))) {
      if (variable.exported) out(`export ${name}='${variable.value.replace(/'/g, `'"'"'`)}'\n`);
    }
    return 0;
  }
  for (const operand of operands) {
    const eq = operand.indexOf('=');
    const name = eq < 0 ? operand : operand.slice(0, eq);
    const value = eq < 0 ? (sh.state.get(name) ?? '') : operand.slice(eq + 1);
    if (eq < 0 && !sh.state.vars.has(name)) {
      sh.state.vars.set(name, { value: '', exported: true });
      continue;
    }
    sh.state.vars.set(name, { value, exported: true });
  }
  return 0;
};
