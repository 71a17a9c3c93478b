/**
 * The official nginx image's /docker-entrypoint.sh: when asked to run nginx it reports its
 * configuration steps on stdout, then `exec "$@"`, so nginx inherits PID 1.
 */
import { execIO, type Program, type ProgramBody } from '../../program';
import { sharedArgv } from '../../shared-argv';

const NGINX_STEPS = [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
  '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
  '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
  '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
];
/** One string for every container's log, not a copy each. */
const NGINX_STEPS_OUTPUT = NGINX_STEPS.map((line) => `${line}\n`).join('');

/**
 * Runs its steps when called and hands back the body of the program it execs, rather than delegating to it
 * with `yield*`: like `exec`, nothing of the entrypoint stays behind while nginx runs (a delegating
 * generator would be kept, with its arguments, for the container's whole life). The steps run at the
 * instant the process starts either way.
 */
export const nginxDockerEntrypoint: Program = (io) => {
  const command = io.argv[1];
  if (command === undefined) return exitWith(0);
  if (command === 'nginx' || command === 'nginx-debug') io.stdout(NGINX_STEPS_OUTPUT);
  const lookup = io.sys.findExecutable(command, io.cwd);
  if (lookup.kind !== 'found') {
    io.stderr(`/docker-entrypoint.sh: exec: line 47: ${command}: not found\n`);
    return exitWith(127);
  }
  // The replicas' nginx share one argv (`sharedArgv`, exact-size and frozen), built only when no equal one is kept.
  return lookup.program(execIO(io, sharedArgv(lookup.argvPrefix, io.argv, 2)));
};

/**
 * The `docker-entrypoint.sh` of images whose entrypoint ends in `exec "$@"` (redis, mysql,
 * postgres): runs its arguments, which then own PID 1. With `dashPrefix`, arguments that start
 * with `-` are options for that program (curlimages/curl: `set -- curl "$@"`).
 */
export function execArguments(dashPrefix?: string): Program {
  return (io) => {
    const args = io.argv.slice(1);
    if (dashPrefix && (args.length === 0 || args[0]?.startsWith('-'))) args.unshift(dashPrefix);
    const command = args[0];
    if (command === undefined) return exitWith(0);
    const lookup = io.sys.findExecutable(command, io.cwd);
    if (lookup.kind !== 'found') {
      io.stderr(`${io.argv[0]}: exec: ${command}: not found\n`);
      return exitWith(127);
    }
    return lookup.program(execIO(io, lookup.argvPrefix.concat(args.slice(1))));
  };
}

/** The body of a program that exits at once with `code`. */
function* exitWith(code: number): ProgramBody {
  return code;
}
