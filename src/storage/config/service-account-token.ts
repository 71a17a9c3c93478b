/**
 * The bound ServiceAccount token the kubelet projects into `token` (pkg/serviceaccount/claims.go, issued
 * through the TokenRequest API): a JWT whose subject is `system:serviceaccount:<ns>:<name>` and whose
 * private claims name the pod and its node. kubespec signs nothing: the signature is a hash of the
 * header and claims, so the same pod at the same instant always gets the same token. With the
 * apiserver's default `--service-account-extend-token-expiration`, a request for 3607s (what the
 * admission plugin asks) yields a token valid for a year that warns after the requested time.
 */
import { createHash } from 'node:crypto';
import type { Pod } from '../../api/schemas';

export const TOKEN_ISSUER = 'https://kubernetes.default.svc.cluster.local';
const WARN_ONLY_EXPIRATION_SECONDS = 3607;
const EXTENDED_EXPIRATION_SECONDS = 365 * 24 * 3600;

export interface TokenContext {
  /** Virtual now, in milliseconds. */
  readonly now: number;
  /** The ServiceAccount's uid and the node's name and uid, as the claims carry them. */
  readonly serviceAccountUid?: string;
  readonly nodeUid?: string;
  /**
   * The last token issued for this pod volume and the claims it was issued for: the kubelet re-projects the
   * volume on every sync but keeps its token until it must be refreshed, so equal claims reuse it unhashed.
   */
  readonly issued?: { claims?: string; token?: string };
}

export function serviceAccountToken(pod: Pod, expirationSeconds: number, context: TokenContext): string {
  const iat = Math.floor(context.now / 1000);
  const namespace = pod.metadata.namespace ?? '';
  const account = pod.spec?.serviceAccountName || 'default';
  const key = [iat, expirationSeconds, namespace, account, pod.metadata.name, pod.metadata.uid, pod.spec?.nodeName, context.nodeUid, context.serviceAccountUid].join('|');
  const issued = context.issued;
  if (issued?.claims === key && issued.token !== undefined) return issued.token;
  const token = signToken(pod, expirationSeconds, iat, namespace, account, context);
  if (issued) Object.assign(issued, { claims: key, token });
  return token;
}

function signToken(pod: Pod, expirationSeconds: number, iat: number, namespace: string, account: string, context: TokenContext): string {
  const extended = expirationSeconds === WARN_ONLY_EXPIRATION_SECONDS;
  const claims = {
    aud: [TOKEN_ISSUER],
    exp: iat + (extended ? EXTENDED_EXPIRATION_SECONDS : expirationSeconds),
    iat,
    iss: TOKEN_ISSUER,
    jti: digest(`${pod.metadata.uid}/${iat}`, 'hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12}).*$/, '$1-$2-$3-$4-$5'),
    'kubernetes.io': {
      namespace,
      node: { name: pod.spec?.nodeName ?? '', uid: context.nodeUid ?? '' },
      pod: { name: pod.metadata.name ?? '', uid: pod.metadata.uid ?? '' },
      serviceaccount: { name: account, uid: context.serviceAccountUid ?? '' },
      ...(extended ? { warnafter: iat + expirationSeconds } : {}),
    },
    nbf: iat,
    sub: `system:serviceaccount:${namespace}:${account}`,
  };
  const signed = `${HEADER}.${base64url(JSON.stringify(claims))}`;
  return `${signed}.${digest(signed, 'base64url')}`;
}

/** The `sub` claim of a token (`system:serviceaccount:ns:name`), or undefined if it is no JWT. */
export function tokenSubject(token: string): string | undefined {
  const payload = token.trim().split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub?: unknown };
    return typeof claims.sub === 'string' ? claims.sub : undefined;
  } catch {
    return undefined; // not JSON: not a token this cluster issued
  }
}

const HEADER = base64url(JSON.stringify({ alg: 'RS256', kid: digest('kubespec-service-account-key', 'base64url').slice(0, 43) }));

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

function digest(text: string, encoding: 'hex' | 'base64url'): string {
  return createHash('sha256').update(text).digest(encoding);
}
