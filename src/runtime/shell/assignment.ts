/**
 * Variable assignment as a command of its own (`x=1`, §2.9.1), plus bash's array forms: `a=(…)` and
 * `a+=(…)` (items are expanded like command words, so `a=($list)` splits), `a[i]=v` with an
 * arithmetic subscript, and `x+=v` appending to a string. Only the bash lexer produces those forms.
 */
import type { Assignment } from './ast';
import type { Effect, Wake } from '../program';
import { evaluateArithmetic } from './arithmetic';
import { resolveSubscript } from './array-subscript';
import { ExitShell } from './control-flow';
import { expandFields, expandString, type ExpansionHost } from './expand';

type Gen<T> = Generator<Effect, T, Wake>;

/**
 * Ends the shell with status 1 when bash refuses the subscript (`a[-9]=x` on a short array):
 * an assignment error ends a non-interactive shell (POSIX §2.8.1), so `bash -c 'a[-9]=x; echo after'` prints
 * only the error.
 */
export function* assign(host: ExpansionHost, assignment: Assignment): Gen<void> {
  const { state } = host;
  const { name, append = false } = assignment;
  if (assignment.items) {
    state.setArray(name, yield* expandFields(host, assignment.items), append);
    return;
  }
  const value = yield* expandString(host, assignment.value);
  if (!assignment.subscript) {
    state.set(name, append ? (state.get(name) ?? '') + value : value);
    return;
  }
  const text = yield* expandString(host, assignment.subscript);
  const resolved = resolveSubscript(state, name, text, (expression) => evaluateArithmetic(expression, state));
  if (resolved.kind !== 'index') {
    host.reportError(`${name}[${text}]: bad array subscript`);
    throw new ExitShell(1);
  }
  const previous = append ? (state.elements(name).get(resolved.index) ?? '') : '';
  state.setElement(name, resolved.index, previous + value);
}
