import { execIO, type Program } from '../../program';

/** `env` prints the environment; `env [-i] [NAME=VALUE…] CMD…` runs CMD with it changed. */
export const env: Program = function* (io) {
  const args = io.argv.slice(1);
  let vars: Record<string, string> = { ...io.env };
  if (args[0] === '-i' || args[0] === '-') {
    vars = {};
    args.shift();
  }
  while (args.length > 0 && /^[^=]+=/.test(args[0] as string)) {
    const assignment = args.shift() as string;
    const eq = assignment.indexOf('=');
    vars[assignment.slice(0, eq)] = assignment.slice(eq + 1);
  }
  const name = args[0];
  if (name === undefined) {
    io.stdout(Object.entries(vars).map(([key, value]) => `${key}=${value}\n`).join(''));
    return 0;
  }
  const lookup = io.sys.findExecutable(name, io.cwd);
  if (lookup.kind !== 'found') {
    io.stderr(`env: can't execute '${name}': No such file or directory\n`);
    return 127;
  }
  return yield* lookup.program(execIO(io, [...lookup.argvPrefix, ...args.slice(1)], vars));
};
