/**
 * A container's environment, as the kubelet builds it before creating the container
 * (pkg/kubelet/kubelet_pods.go makeEnvironmentVariables, v1.30+):
 * 1. each `envFrom` source in order, keys prefixed, later sources overriding earlier ones;
 * 2. each `env` entry in order (overriding envFrom): a `value` with `$(VAR)` expanded against the
 *    variables so far and the service variables, or a `valueFrom` source;
 * 3. the service variables not already defined.
 * Since v1.30 the kubelet injects every envFrom key, even one that is no valid C identifier
 * (docs/decisions/007-identity-and-configuration.md). A missing object or key that is not optional blocks the
 * container with CreateContainerConfigError and the error as message. Env never changes afterwards:
 * the kubelet resolves it once per container start.
 */
import type { Container, EnvFromSource, EnvVar, Pod } from '../../api/schemas';
import { getConfigMap, getSecret, secretEntries, type ConfigStore } from './config-objects';
import { containerResourceValue, podFieldValue, type ValueOrError } from './downward-api';
import { expandEnvValue } from './expansion';

export const CREATE_CONTAINER_CONFIG_ERROR = 'CreateContainerConfigError';

export type ContainerEnvResult =
  | { readonly env: Readonly<Record<string, string>> }
  | { readonly error: { readonly reason: typeof CREATE_CONTAINER_CONFIG_ERROR; readonly message: string } };

export interface ContainerEnvOptions {
  /** The node's allocatable resources: the values of limits the container leaves unset. */
  readonly nodeAllocatable?: Readonly<Record<string, string>>;
}

class EnvError extends Error {}

export function resolveContainerEnv(pod: Pod, container: Container, store: ConfigStore, serviceEnv: Readonly<Record<string, string>> = {}, options: ContainerEnvOptions = {}): ContainerEnvResult {
  // Without env and envFrom the environment is the service variables as given: the caller's (frozen, shared)
  // object itself rather than a copy per container through two Maps.
  if (!container.envFrom?.length && !container.env?.length) return { env: serviceEnv };
  const services = new Map(Object.entries(serviceEnv));
  const env = new Map<string, string>();
  try {
    for (const source of container.envFrom ?? []) addEnvFrom(env, source, pod.metadata.namespace ?? '', store);
    for (const variable of container.env ?? []) {
      const value = envValue(variable, pod, container, store, env, services, options);
      if (value !== undefined) env.set(variable.name ?? '', value);
    }
  } catch (error) {
    if (error instanceof EnvError) return { error: { reason: CREATE_CONTAINER_CONFIG_ERROR, message: error.message } };
    throw error;
  }
  for (const [key, value] of services) if (!env.has(key)) env.set(key, value);
  return { env: Object.fromEntries(env) };
}

function addEnvFrom(env: Map<string, string>, source: EnvFromSource, namespace: string, store: ConfigStore): void {
  const prefix = source.prefix ?? '';
  if (source.configMapRef) {
    const found = getConfigMap(store, namespace, source.configMapRef.name ?? '');
    if ('notFound' in found) return skipIfOptional(source.configMapRef.optional, found.notFound);
    // Only `data`: binaryData keys never become variables.
    for (const [key, value] of Object.entries(found.object.data ?? {})) env.set(prefix + key, value);
  } else if (source.secretRef) {
    const found = getSecret(store, namespace, source.secretRef.name ?? '');
    if ('notFound' in found) return skipIfOptional(source.secretRef.optional, found.notFound);
    for (const [key, value] of secretEntries(found.object)) env.set(prefix + key, value.toString('utf8'));
  }
}

/** The variable's value, or undefined when an optional source is missing (the variable is skipped). */
function envValue(variable: EnvVar, pod: Pod, container: Container, store: ConfigStore, env: ReadonlyMap<string, string>, services: ReadonlyMap<string, string>, options: ContainerEnvOptions): string | undefined {
  if (variable.value) return expandEnvValue(variable.value, env, services);
  const from = variable.valueFrom;
  if (!from) return '';
  const namespace = pod.metadata.namespace ?? '';
  if (from.fieldRef) return orThrow(podFieldValue(pod, from.fieldRef));
  if (from.resourceFieldRef) return orThrow(containerResourceValue(pod, container, from.resourceFieldRef, options.nodeAllocatable));
  if (from.configMapKeyRef) {
    const { name = '', key = '', optional } = from.configMapKeyRef;
    const found = getConfigMap(store, namespace, name);
    if ('notFound' in found) return skipIfOptional(optional, found.notFound);
    const value = found.object.data?.[key];
    return value ?? skipIfOptional(optional, `couldn't find key ${key} in ConfigMap ${namespace}/${name}`);
  }
  if (from.secretKeyRef) {
    const { name = '', key = '', optional } = from.secretKeyRef;
    const found = getSecret(store, namespace, name);
    if ('notFound' in found) return skipIfOptional(optional, found.notFound);
    const value = secretEntries(found.object).get(key);
    return value?.toString('utf8') ?? skipIfOptional(optional, `couldn't find key ${key} in Secret ${namespace}/${name}`);
  }
  return '';
}

function skipIfOptional(optional: boolean | undefined, message: string): undefined {
  if (optional === true) return undefined;
  throw new EnvError(message);
}

function orThrow(result: ValueOrError): string {
  if ('error' in result) throw new EnvError(result.error);
  return result.value;
}

