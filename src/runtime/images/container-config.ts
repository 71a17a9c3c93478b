/**
 * What the runtime derives from an image and a container spec, with Docker's rules
 * (kubernetes.io/docs "Define a Command and Arguments for a Container", table of cases):
 * `command` replaces ENTRYPOINT and drops CMD; `args` alone replaces CMD; neither runs both.
 * The kubelet has already expanded `$(VAR)` references (see expansion.ts) and resolved env values.
 */
import type { ImageSpec } from './image-spec';

export interface ContainerConfig {
  argv: string[];
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
    : [...image.entrypoint, ...(hasArgs ? (container.args ?? []) : image.cmd)];
  const { PATH, ...imageEnv } = image.env;
  // containerd puts PATH and HOSTNAME first; runc adds HOME from the user's passwd entry when unset.
  // Filled in place rather than spread (`{ ...env, HOME }` made a hidden class per container on V8 11.3).
  const env: Record<string, string> = {};
  if (PATH) env.PATH = PATH;
  env.HOSTNAME = hostname;
  if (image.versionEnv) env[image.versionEnv] = image.version;
  Object.assign(env, imageEnv, container.env);
  env.HOME ??= '/root';
  return { argv, env, cwd: container.workingDir || image.workingDir || '/' };
}
