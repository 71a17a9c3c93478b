/**
 * Image pull credentials for a pod (pkg/kubelet/kubelet_pods.go getPullSecretsForPod and
 * pkg/credentialprovider/secrets MakeDockerKeyring): the pod's `imagePullSecrets` (the ServiceAccount's
 * were copied in by admission when the pod named none) of type `kubernetes.io/dockerconfigjson` or
 * `kubernetes.io/dockercfg`. Secrets that cannot be read are listed for the kubelet's Warning
 * `FailedToRetrieveImagePullSecret`: `Unable to retrieve some image pull secrets (<names>); attempting to
 * pull the image may not succeed.` The pull is still attempted.
 */
import type { Pod } from '../../api/schemas';
import { getSecret, secretEntries, type ConfigStore } from './config-objects';

export interface RegistryAuth {
  readonly username?: string;
  readonly password?: string;
  readonly auth?: string;
  readonly email?: string;
}

export interface RegistryCredentials {
  /** Registry server (as written in the secret, e.g. `https://index.docker.io/v1/`, `registry.example.com`) → credentials. */
  readonly auths: Record<string, RegistryAuth>;
  /** Pull secrets that do not exist, in the pod's order. */
  readonly missing: string[];
}

export function registryCredentialsFor(pod: Pod, store: ConfigStore): RegistryCredentials {
  const auths: Record<string, RegistryAuth> = {};
  const missing: string[] = [];
  for (const ref of pod.spec?.imagePullSecrets ?? []) {
    if (!ref.name) continue; // validation lets empty names through (issue 99454); the kubelet ignores them
    const found = getSecret(store, pod.metadata.namespace ?? '', ref.name);
    if ('notFound' in found) missing.push(ref.name);
    else Object.assign(auths, dockerAuths(found.object.type ?? '', secretEntries(found.object)));
  }
  return { auths, missing };
}

function dockerAuths(type: string, data: ReadonlyMap<string, Buffer>): Record<string, RegistryAuth> {
  const text = type === 'kubernetes.io/dockerconfigjson' ? data.get('.dockerconfigjson') : type === 'kubernetes.io/dockercfg' ? data.get('.dockercfg') : undefined;
  if (!text) return {};
  try {
    const parsed = JSON.parse(text.toString('utf8')) as Record<string, unknown>;
    const auths = (type === 'kubernetes.io/dockerconfigjson' ? parsed.auths : parsed) as Record<string, RegistryAuth> | undefined;
    return Object.fromEntries(Object.entries(auths ?? {}).map(([server, entry]) => [server, withDecodedAuth(entry)]));
  } catch {
    return {}; // validation rejects invalid JSON; an unreadable keyring is simply empty, as in the kubelet
  }
}

/** `auth` is base64 `user:password`; it fills username and password when those are absent. */
function withDecodedAuth(entry: RegistryAuth): RegistryAuth {
  if (!entry.auth || (entry.username && entry.password)) return entry;
  const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? entry : { ...entry, username: entry.username ?? decoded.slice(0, colon), password: entry.password ?? decoded.slice(colon + 1) };
}

export function failedPullSecretsMessage(missing: readonly string[]): string {
  return `Unable to retrieve some image pull secrets (${missing.join(', ')}); attempting to pull the image may not succeed.`;
}
