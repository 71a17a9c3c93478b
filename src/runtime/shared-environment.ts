/**
 * A running container's environment, kept as the part its replicas share plus its hostname. containerd puts
 * `HOSTNAME` (the pod's name) into every container's environment (`container-config.ts`), so each replica's
 * record differs from the others' in that one value only: the image's variables, the Service links and the
 * template's own `env` are the same. A record of 14 variables and its property store cost ≈ 150 B per
 * container for its whole life, though a running server never reads it (an exec or a shell does), so the
 * runtime keeps the shared part and builds the container's own record when a process first asks for it.
 */
import { RecentValues } from './recent-values';

type Environment = Readonly<Record<string, string>>;

/** One shared environment: its variable names in order and their values (`HOSTNAME`'s is not used). */
export class EnvironmentTemplate {
  private constructor(
    private readonly keys: readonly string[],
    private readonly values: readonly string[],
  ) {}

  /**
   * The template `env` is an instance of, for a container whose `HOSTNAME` is `hostname`; undefined when its
   * `HOSTNAME` is another value (a variable of the container's own overrides it): such a record is kept as it is.
   */
  static of(env: Environment, hostname: string): EnvironmentTemplate | undefined {
    if (env.HOSTNAME !== hostname) return undefined;
    for (let i = 0; i < TEMPLATES.size; i++) if (TEMPLATES.at(i).matches(env)) return TEMPLATES.at(i);
    const keys: string[] = [];
    const values: string[] = [];
    for (const key in env) {
      keys.push(key);
      values.push(env[key]!);
    }
    return TEMPLATES.remember(new EnvironmentTemplate(keys.slice(), values.slice()));
  }

  /** The container's record: the template's variables in their order, `HOSTNAME` set to `hostname`. */
  instantiate(hostname: string): Environment {
    const env: Record<string, string> = {};
    const { keys, values } = this;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      env[key] = key === 'HOSTNAME' ? hostname : values[i]!;
    }
    return env;
  }

  /** Same variables in the same order with the same values, `HOSTNAME` apart (the caller checked it). */
  private matches(env: Environment): boolean {
    const { keys, values } = this;
    let i = 0;
    for (const key in env) {
      if (keys[i] !== key || (key !== 'HOSTNAME' && values[i] !== env[key])) return false;
      i++;
    }
    return i === keys.length;
  }
}

const TEMPLATES = new RecentValues<EnvironmentTemplate>(8);
