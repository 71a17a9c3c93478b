/**
 * The tokens controller (pkg/controller/serviceaccount/tokens_controller.go): a Secret of type
 * `kubernetes.io/service-account-token` naming a ServiceAccount in its `kubernetes.io/service-account.name`
 * annotation gets `ca.crt`, `namespace` and a long-lived `token`, and the ServiceAccount's uid in
 * `kubernetes.io/service-account.uid`. A token Secret whose ServiceAccount does not exist (or has another
 * uid) is deleted, and so are a ServiceAccount's tokens when it is deleted.
 */
import { objectKey, type KubeObject, type StoredObject } from '../api';
import { CLUSTER_CA_CRT } from '../auth';
import { legacyServiceAccountToken } from '../storage/config';
import type { Action, Controller, StoreView } from './controller';

const TOKEN_TYPE = 'kubernetes.io/service-account-token';
const NAME_KEY = 'kubernetes.io/service-account.name';
const UID_KEY = 'kubernetes.io/service-account.uid';

export const serviceAccountTokenController: Controller = {
  name: 'tokens-controller',
  watches: [
    { kind: 'Secret', toKeys: (e) => (e.type !== 'DELETED' && isTokenSecret(e.object) ? secretKey(e.object) : undefined) },
    { kind: 'ServiceAccount', toKeys: (e, store) => (e.type === 'DELETED' ? tokensOf(e.object, store).map(secretKey) : undefined) },
  ],
  reconcile(key, { store }) {
    const secret = store.getByKey(key);
    if (!secret || secret.metadata.deletionTimestamp || !isTokenSecret(secret)) return [];
    const account = serviceAccountFor(secret, store);
    if (!account) return [{ type: 'delete', object: secret }];
    return generateTokenIfNeeded(secret, account);
  },
};

/** generateTokenIfNeeded: fills what is missing, and then names the account by uid too. */
function generateTokenIfNeeded(secret: StoredObject, account: StoredObject): Action[] {
  const namespace = secret.metadata.namespace ?? '';
  const data = { ...((secret as { data?: Record<string, string> }).data ?? {}) };
  const caCrt = base64(CLUSTER_CA_CRT);
  const needsCA = data['ca.crt'] !== caCrt;
  const needsNamespace = !data.namespace;
  const needsToken = !data.token;
  if (!needsCA && !needsNamespace && !needsToken) return [];
  if (needsCA) data['ca.crt'] = caCrt;
  if (needsNamespace) data.namespace = base64(namespace);
  if (needsToken) {
    const token = legacyServiceAccountToken({ namespace, serviceAccountName: account.metadata.name, serviceAccountUid: account.metadata.uid ?? '', secretName: secret.metadata.name });
    data.token = base64(token);
  }
  const annotations = { ...secret.metadata.annotations, [NAME_KEY]: account.metadata.name, [UID_KEY]: account.metadata.uid ?? '' };
  return [{ type: 'update', object: { ...secret, data, metadata: { ...secret.metadata, annotations } } as KubeObject }];
}

/** getServiceAccount: the annotated account, if it exists and (when the Secret names one) has the annotated uid. */
function serviceAccountFor(secret: KubeObject, store: StoreView): StoredObject | undefined {
  const annotations = secret.metadata.annotations ?? {};
  const account = store.get('ServiceAccount', secret.metadata.namespace, annotations[NAME_KEY] ?? '');
  const uid = annotations[UID_KEY];
  return account && (!uid || uid === account.metadata.uid) ? account : undefined;
}

/** listTokenSecrets + IsServiceAccountToken: the token Secrets naming this account. */
function tokensOf(account: KubeObject, store: StoreView): KubeObject[] {
  return store.list('Secret', account.metadata.namespace).filter((secret) => {
    const annotations = secret.metadata.annotations ?? {};
    const uid = annotations[UID_KEY];
    return isTokenSecret(secret) && annotations[NAME_KEY] === account.metadata.name && (!uid || uid === account.metadata.uid);
  });
}

function isTokenSecret(obj: KubeObject): boolean {
  return (obj as { type?: string }).type === TOKEN_TYPE;
}

function secretKey(secret: KubeObject) {
  return objectKey('Secret', secret.metadata.namespace, secret.metadata.name ?? '');
}

function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}
