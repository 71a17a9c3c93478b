/**
 * What the runtime derives from an image and a container spec, with Docker's rules
 * (kubernetes.io/docs "Define a Command and Arguments for a Container", table of cases):
 * `command` replaces ENTRYPOINT and drops CMD; `args` alone replaces CMD; neither runs both.
 * The kubelet has already expanded `$(VAR)` references (see expansion.ts) and resolved env values.
 */
import type { ImageSpec } from './image-spec';

export interface ContainerConfig {
  /** Shared by every container of an image that runs its own ENTRYPOINT and CMD: read, never changed. */
  argv: readonly string[];
  env: Record<string, string>;
  cwd: string;
}

export function resolveContainerConfig(
  image: ImageSpec,
  container: { command?: readonly string[]; args?: readonly string[]; env?: Readonly<Record<string, string>>; workingDir?: string },
  hostname: string,
): ContainerConfig {
  const hasCommand = container.command !== undefined && container.command.length > 0;
  const hasArgs = container.args !== undefined && container.args.length > 0;
  const argv = hasCommand
    ? [...(container.command ?? []), ...(container.args ?? [])]
    : hasArgs
      ? [...image.entrypoint, ...(container.args ?? [])]
      : imageArgv(image);
  const imageEnv = image.env;
  // containerd puts PATH and HOSTNAME first; runc adds HOME from the user's passwd entry when unset.
  // Filled in place rather than spread (`{ ...env, HOME }` made a hidden class per container on V8 11.3), and
  // the image's variables copied by a loop, not through a rest object (`{ PATH, ...rest }`) per container.
  const env: Record<string, string> = {};
  if (imageEnv.PATH) env.PATH = imageEnv.PATH;
  env.HOSTNAME = hostname;
  if (image.versionEnv) env[image.versionEnv] = image.version;
  for (const key in imageEnv) if (key !== 'PATH') env[key] = imageEnv[key]!;
  if (container.env) Object.assign(env, container.env);
  env.HOME ??= '/root';
  return { argv, env, cwd: container.workingDir || image.workingDir || '/' };
}

/** ENTRYPOINT followed by CMD, once per (frozen, memoized) image spec: every replica runs the same argv. */
function imageArgv(image: ImageSpec): readonly string[] {
  if (!Object.isFrozen(image)) return [...image.entrypoint, ...image.cmd];
  let argv = IMAGE_ARGV.get(image);
  if (argv === undefined) IMAGE_ARGV.set(image, (argv = Object.freeze([...image.entrypoint, ...image.cmd])));
  return argv;
}

const IMAGE_ARGV = new WeakMap<ImageSpec, readonly string[]>();
