import type { Program } from '../../program';

/** `printenv [NAME…]`: exit status 1 when a named variable is unset. */
export const printenv: Program = function* (io) {
  const names = io.argv.slice(1);
  if (names.length === 0) {
    io.stdout(Object.entries(io.env).map(([key, value]) => `${key}=${value}\n`).join(''));
    return 0;
  }
  let status = 0;
  for (const name of names) {
    const value = io.env[name];
    if (value === undefined) status = 1;
    else io.stdout(`${value}\n`);
  }
  return status;
};
