import type { Program } from '../../program';

const UNITS: Readonly<Record<string, number>> = { '': 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * `sleep N[smhd]…` (fractions allowed) and `sleep infinity`, as busybox with FEATURE_FLOAT_SLEEP.
 * `sleep 0` does not yield, so a `while true; do sleep 0; done` loop still trips the runaway guard.
 */
export const sleep: Program = function* (io) {
  const operands = io.argv.slice(1);
  if (operands.length === 0) {
    io.stderr('sleep: missing operand\n');
    return 1;
  }
  let total = 0;
  for (const operand of operands) {
    const ms = parseDuration(operand);
    if (ms === undefined) {
      io.stderr(`sleep: invalid number '${operand}'\n`);
      return 1;
    }
    total += ms;
  }
  if (total === Number.POSITIVE_INFINITY) {
    for (;;) yield { kind: 'block' };
  }
  if (total > 0) yield { kind: 'sleep', ms: Math.round(total) };
  return 0;
};

function parseDuration(text: string): number | undefined {
  if (/^(inf|infinity)$/i.test(text)) return Number.POSITIVE_INFINITY;
  const match = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * (UNITS[match[2] as string] as number);
}
