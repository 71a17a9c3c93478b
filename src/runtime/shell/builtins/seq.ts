import type { Program } from '../../program';

/** `seq [FIRST [STEP]] LAST` */
export const seq: Program = function* (io) {
  const numbers = io.argv.slice(1).map(Number);
  const [first, step, last] = numbers.length === 1 ? [1, 1, numbers[0]] : numbers.length === 2 ? [numbers[0], 1, numbers[1]] : numbers;
  if ([first, step, last].some((n) => n === undefined || Number.isNaN(n)) || step === 0) return 1;
  let out = '';
  for (let n = first as number; (step as number) > 0 ? n <= (last as number) : n >= (last as number); n += step as number) out += `${n}\n`;
  io.stdout(out);
  return 0;
};
