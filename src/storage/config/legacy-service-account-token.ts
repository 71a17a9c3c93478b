/**
 * The long-lived token the tokens controller writes into a `kubernetes.io/service-account-token` Secret
 * (pkg/serviceaccount/legacy.go `LegacyClaims`, signed by the generator whose issuer is
 * `kubernetes/serviceaccount`). Unlike a bound token it has no audience, no expiry and no pod: it names the
 * ServiceAccount and the Secret, and stays valid until the Secret is deleted. go-jose marshals the merged
 * claims as a Go map, so the keys come out sorted.
 */
import { signJwt } from './service-account-token';

export const LEGACY_TOKEN_ISSUER = 'kubernetes/serviceaccount';

export interface LegacyTokenSubject {
  readonly namespace: string;
  readonly serviceAccountName: string;
  readonly serviceAccountUid: string;
  readonly secretName: string;
}

export function legacyServiceAccountToken(subject: LegacyTokenSubject): string {
  return signJwt({
    iss: LEGACY_TOKEN_ISSUER,
    'kubernetes.io/serviceaccount/namespace': subject.namespace,
    'kubernetes.io/serviceaccount/secret.name': subject.secretName,
    'kubernetes.io/serviceaccount/service-account.name': subject.serviceAccountName,
    'kubernetes.io/serviceaccount/service-account.uid': subject.serviceAccountUid,
    sub: `system:serviceaccount:${subject.namespace}:${subject.serviceAccountName}`,
  });
}
