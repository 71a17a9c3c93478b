/**
 * The `kubectl create <what>` generators by subcommand word, aliases included, and the lookup that
 * finds one in a command line (`create secret generic NAME ...` has two words; `create svc` is an
 * alias of `create service`).
 */
import { clusterRoleGenerator } from './cluster-role';
import { configMapGenerator } from './config-map';
import { cronJobGenerator } from './cron-job';
import { deploymentGenerator } from './deployment';
import { GeneratorError, type Generator } from './generator';
import { jobGenerator } from './job';
import { namespaceGenerator } from './namespace';
import { clusterRoleBindingGenerator, roleBindingGenerator } from './role-binding';
import { roleGenerator } from './role';
import { secretDockerRegistryGenerator } from './secret-docker-registry';
import { secretGenericGenerator } from './secret-generic';
import { secretTlsGenerator } from './secret-tls';
import { serviceAccountGenerator } from './service-account';
import { serviceClusterIPGenerator, serviceExternalNameGenerator, serviceLoadBalancerGenerator, serviceNodePortGenerator } from './service';

const ALL: readonly Generator[] = [
  clusterRoleGenerator, clusterRoleBindingGenerator, configMapGenerator, cronJobGenerator, deploymentGenerator,
  jobGenerator, namespaceGenerator, roleGenerator, roleBindingGenerator, serviceAccountGenerator,
  secretGenericGenerator, secretDockerRegistryGenerator, secretTlsGenerator,
  serviceClusterIPGenerator, serviceNodePortGenerator, serviceLoadBalancerGenerator, serviceExternalNameGenerator,
];

/** The parent commands of nested generators, with their aliases. */
const PARENTS: Readonly<Record<string, 'secret' | 'service'>> = { secret: 'secret', service: 'service', svc: 'service' };

/** Keyed by `deployment`, `deploy`, `secret generic`, `service clusterip`, `svc clusterip`, ... */
export const createGenerators: ReadonlyMap<string, Generator> = new Map(
  ALL.flatMap((g) => {
    const parents = Object.keys(PARENTS).filter((p) => PARENTS[p] === g.parent);
    return g.names.flatMap((n) => (g.parent ? parents.map((p) => [`${p} ${n}`, g] as const) : [[n, g] as const]));
  }),
);

/**
 * Finds the generator for the words after `kubectl create` (flags already removed), returning the words
 * left for it. Undefined when the first word names no generator (plain `kubectl create -f` territory).
 * `create secret foo` fails as kubectl does; a bare `create secret` is a help request, left to the caller.
 */
export function resolveCreateGenerator(words: readonly string[]): { generator: Generator; rest: string[] } | undefined {
  const [first = '', second, ...more] = words;
  const parent = PARENTS[first];
  if (!parent) {
    const generator = createGenerators.get(first);
    return generator ? { generator, rest: words.slice(1) } : undefined;
  }
  if (second === undefined) return undefined;
  const generator = createGenerators.get(`${first} ${second}`);
  if (!generator) throw GeneratorError.usage(`kubectl create ${parent}`, `unknown command "${words.slice(1).join(' ')}"`);
  return { generator, rest: more };
}

/**
 * cobra's CommandPath() of the `kubectl create` subcommand the words select (flags already removed): a
 * generator's own path, `kubectl create secret` when the nested word is missing or unknown, otherwise
 * `kubectl create`. `token` is no generator; create.ts names it.
 */
export function createCommandPath(words: readonly string[]): string {
  const [first = '', second = ''] = words;
  const parent = PARENTS[first];
  if (!parent) return createGenerators.get(first)?.commandPath ?? 'kubectl create';
  return createGenerators.get(`${first} ${second}`)?.commandPath ?? `kubectl create ${parent}`;
}
