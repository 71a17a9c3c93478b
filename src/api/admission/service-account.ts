/**
 * The ServiceAccount admission plugin (plugin/pkg/admission/serviceaccount/admission.go), for new pods:
 * `serviceAccountName` defaults to `default`; the account must exist (else `pods "web" is forbidden:
 * error looking up service account default/x: serviceaccount "x" not found`); unless automount is off
 * (the pod's setting wins over the account's), a projected `kube-api-access-xxxxx` volume is added and
 * mounted read-only at /var/run/secrets/kubernetes.io/serviceaccount in every init and app container that
 * mounts nothing there; a pod without imagePullSecrets takes the account's. Mirror pods are left alone.
 */
import { ApiError } from '../api-error';
import { deepFreeze } from '../deep-freeze';
import { safeEncodeString } from '../names';
import { withFields } from '../with-fields';
import { compactWith } from '../compact-with';
import type { KubeObject } from '../object';
import type { Container, Pod, ServiceAccount, Volume } from '../schemas';
import type { ObjectStore } from '../store';
import type { AdmissionPlugin } from './admission';

export const SERVICE_ACCOUNT_TOKEN_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';
export const SERVICE_ACCOUNT_VOLUME_PREFIX = 'kube-api-access-';
const MIRROR_POD_ANNOTATION = 'kubernetes.io/config.mirror';
/** serviceaccount.WarnOnlyBoundTokenExpirationSeconds: 1h + 7s, so clients that refresh at 80% are seen. */
export const BOUND_TOKEN_EXPIRATION_SECONDS = 3607;

export function serviceAccountAdmission(store: Pick<ObjectStore, 'get'>): AdmissionPlugin {
  return {
    name: 'ServiceAccount',
    kinds: ['Pod'],
    mutate({ operation, object }) {
      if (operation !== 'CREATE' || object.metadata.annotations?.[MIRROR_POD_ANNOTATION] !== undefined) return;
      // NamespaceLifecycle reports a missing namespace; looking up the account there would hide that.
      if (!store.get('Namespace', undefined, object.metadata.namespace ?? '')) return;
      const pod = object as unknown as Pod;
      const name = pod.spec?.serviceAccountName || pod.spec?.serviceAccount || 'default';
      const sa = (store.get('ServiceAccount', object.metadata.namespace, name) as unknown as ServiceAccount | undefined) ?? awaitedDefault(name);
      if (!sa) throw notFound(object, name);
      return admitPod(pod, sa) as unknown as KubeObject;
    },
  };
}

/**
 * For `default` the plugin retries for about a second, long enough for the serviceaccounts controller to
 * create it in a new namespace; kubespec's controllers run only after the request, so the plugin admits
 * the pod as that retry would have (the controller creates the account when the request settles).
 */
function awaitedDefault(name: string): ServiceAccount | undefined {
  return name === 'default' ? { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name } } : undefined;
}

function notFound(pod: KubeObject, account: string): ApiError {
  // admission.NewForbidden names the pod by generateName when the name is still to be generated.
  const { name = '', generateName: base } = pod.metadata;
  const shown = base && name.length === base.length + 5 && name.startsWith(base) ? base : name;
  return ApiError.forbidden(`pods "${shown}" is forbidden: error looking up service account ${pod.metadata.namespace}/${account}: serviceaccount "${account}" not found`);
}

function admitPod(pod: Pod, sa: ServiceAccount): Pod {
  // v1 conversion keeps the deprecated `serviceAccount` field equal to serviceAccountName.
  const account = sa.metadata.name;
  // One copy of the spec for every change (withFields, not spreads: fields added to an unfrozen object by a
  // spread cost a hidden class per pod). The fields are listed in the order the plugin sets them, which is
  // the order a new key takes in the spec.
  const fields: Partial<NonNullable<Pod['spec']>> = { serviceAccountName: account, serviceAccount: account };
  if ((pod.spec!.imagePullSecrets ?? []).length === 0 && (sa.imagePullSecrets ?? []).length > 0) fields.imagePullSecrets = sa.imagePullSecrets!.map((s) => ({ ...s }));
  if (shouldAutomount(pod, sa)) mountServiceAccountToken(pod.spec!, fields, pod.metadata.uid ?? pod.metadata.name ?? '');
  return withFields(pod, { spec: withFields(pod.spec!, fields) });
}

function shouldAutomount(pod: Pod, sa: ServiceAccount): boolean {
  return pod.spec?.automountServiceAccountToken ?? sa.automountServiceAccountToken ?? true;
}

/** Adds to `fields` the containers that gain the token mount and, when it is new, the token volume. */
function mountServiceAccountToken(spec: NonNullable<Pod['spec']>, fields: Partial<NonNullable<Pod['spec']>>, podUid: string): void {
  const existing = (spec.volumes ?? []).find((v) => v.name?.startsWith(SERVICE_ACCOUNT_VOLUME_PREFIX));
  const volumeName = existing?.name ?? tokenVolumeName(podUid);
  let needed = false;
  const withMount = (containers: Container[] | undefined) =>
    containers?.map((c) => {
      if ((c.volumeMounts ?? []).some((m) => m.mountPath === SERVICE_ACCOUNT_TOKEN_MOUNT_PATH)) return c;
      needed = true;
      // A compact copy (compact-with.ts): each pod keeps its own container (the mount names its token volume).
      return compactWith(c, { volumeMounts: [...(c.volumeMounts ?? []), { name: volumeName, readOnly: true, mountPath: SERVICE_ACCOUNT_TOKEN_MOUNT_PATH }] });
    });
  const initContainers = withMount(spec.initContainers);
  const containers = withMount(spec.containers) ?? [];
  // The keys in the order the spreads `{ ...spec, initContainers, containers }`, `{ ...next, volumes }` give them.
  if (initContainers) fields.initContainers = initContainers;
  fields.containers = containers;
  if (!existing && needed) fields.volumes = [...(spec.volumes ?? []), tokenVolume(volumeName)];
}

/**
 * `kube-api-access-` + 5 characters. Kubernetes draws them at random; kubespec derives them from the pod's
 * uid so that admitting a pod leaves the cluster's random stream (and every generated name after it) as is:
 * the first five characters of the uid without its dashes (padded with '0'), each mapped by SafeEncodeString.
 */
function tokenVolumeName(podUid: string): string {
  let seed = '';
  for (let i = 0; i < podUid.length && seed.length < 5; i++) if (podUid[i] !== '-') seed += podUid[i];
  return `${SERVICE_ACCOUNT_VOLUME_PREFIX}${safeEncodeString(seed.padEnd(5, '0'))}`;
}

/** The projection is the same for every pod: one frozen object that every pod's volume shares. */
const TOKEN_PROJECTION = deepFreeze({
  defaultMode: 420,
  sources: [
    { serviceAccountToken: { expirationSeconds: BOUND_TOKEN_EXPIRATION_SECONDS, path: 'token' } },
    { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
    { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }] } },
  ],
});

/** TokenVolumeSource: the token, the cluster CA from `kube-root-ca.crt`, and the pod's namespace. */
export function tokenVolume(name: string): Volume {
  return { name, projected: TOKEN_PROJECTION as Volume['projected'] };
}
