/**
 * The bound ServiceAccount token the kubelet projects into `token` (pkg/serviceaccount/claims.go, issued
 * through the TokenRequest API): a JWT whose subject is `system:serviceaccount:<ns>:<name>` and whose
 * private claims name the pod and its node. kubespec signs nothing: the signature is a hash of the
 * header and claims, so the same pod at the same instant always gets the same token. With the
 * apiserver's default `--service-account-extend-token-expiration`, a request for 3607s (what the
 * admission plugin asks) yields a token valid for a year that warns after the requested time.
 */
import { createHash } from 'node:crypto';
import { BoundedMemo } from '../../api/bounded-memo';
import type { Pod } from '../../api/schemas';
import type { DeferredContent } from '../volumes/volume-directory';

export const TOKEN_ISSUER = 'https://kubernetes.default.svc.cluster.local';
/** What the ServiceAccount admission plugin asks for projected tokens; a pod-bound token asking for it is extended. */
export const WARN_ONLY_EXPIRATION_SECONDS = 3607;
/** --service-account-max-token-expiration's stand-in for an extended token: a year. */
export const EXTENDED_EXPIRATION_SECONDS = 365 * 24 * 3600;

export interface TokenContext {
  /** Virtual now, in milliseconds. */
  readonly now: number;
  /** The ServiceAccount's uid and the node's name and uid, as the claims carry them. */
  readonly serviceAccountUid?: string;
  readonly nodeUid?: string;
}

/**
 * The token for `pod`, signed when it is first read: the kubelet writes one into every pod's
 * kube-api-access volume, and most are never read by the simulation. What the token says is fixed here,
 * so reading it later gives exactly the text signing it now would have.
 */
export function serviceAccountToken(pod: Pod, expirationSeconds: number, context: TokenContext): DeferredContent {
  const binding = tokenBinding(expirationSeconds, pod.metadata.namespace ?? '', pod.spec?.serviceAccountName || 'default', pod.spec?.nodeName ?? '', context.nodeUid ?? '', context.serviceAccountUid ?? '');
  return new BoundToken(Math.floor(context.now / 1000), pod.metadata.name ?? '', pod.metadata.uid, binding);
}

/**
 * The claims a token shares with the other pods of its ServiceAccount on its node: what it is bound to, beside
 * the pod itself. One object for them all (`tokenBinding`), so that a pod's token keeps three facts of its own.
 */
class TokenBinding {
  constructor(
    readonly expirationSeconds: number,
    readonly namespace: string,
    readonly account: string,
    readonly nodeName: string,
    readonly nodeUid: string,
    readonly serviceAccountUid: string,
  ) {}

  equals(other: TokenBinding): boolean {
    return this.is(other.expirationSeconds, other.namespace, other.account, other.nodeName, other.nodeUid, other.serviceAccountUid);
  }

  is(expirationSeconds: number, namespace: string, account: string, nodeName: string, nodeUid: string, serviceAccountUid: string): boolean {
    return (
      this.expirationSeconds === expirationSeconds &&
      this.namespace === namespace &&
      this.account === account &&
      this.nodeName === nodeName &&
      this.nodeUid === nodeUid &&
      this.serviceAccountUid === serviceAccountUid
    );
  }
}

/** The last binding made on each node; equal ones are shared. Only strings and numbers: nothing of a cluster is kept. */
const BINDINGS = new BoundedMemo<string, TokenBinding>(16_384);

function tokenBinding(expirationSeconds: number, namespace: string, account: string, nodeName: string, nodeUid: string, serviceAccountUid: string): TokenBinding {
  const known = BINDINGS.get(nodeName);
  if (known !== undefined && known.is(expirationSeconds, namespace, account, nodeName, nodeUid, serviceAccountUid)) return known;
  return BINDINGS.set(nodeName, new TokenBinding(expirationSeconds, namespace, account, nodeName, nodeUid, serviceAccountUid));
}

/**
 * Everything a token's claims are made of (every pod's volume keeps one until it is read, so the token holds its
 * facts itself rather than beside it): two tokens with equal facts are the same text.
 */
class BoundToken implements DeferredContent {
  constructor(
    readonly iat: number,
    readonly podName: string,
    readonly podUid: string | undefined,
    readonly binding: TokenBinding,
  ) {}

  read(): string {
    return signToken(this);
  }

  sameAs(other: DeferredContent): boolean {
    if (!(other instanceof BoundToken)) return false;
    return this.iat === other.iat && this.podName === other.podName && this.podUid === other.podUid && this.binding.equals(other.binding);
  }
}

function signToken(facts: BoundToken): string {
  const { iat, binding } = facts;
  const { expirationSeconds, namespace, account } = binding;
  const extended = expirationSeconds === WARN_ONLY_EXPIRATION_SECONDS;
  const claims = {
    aud: [TOKEN_ISSUER],
    exp: iat + (extended ? EXTENDED_EXPIRATION_SECONDS : expirationSeconds),
    iat,
    iss: TOKEN_ISSUER,
    jti: tokenId(`${facts.podUid}/${iat}`),
    'kubernetes.io': {
      namespace,
      node: { name: binding.nodeName, uid: binding.nodeUid },
      pod: { name: facts.podName, uid: facts.podUid ?? '' },
      serviceaccount: { name: account, uid: binding.serviceAccountUid },
      ...(extended ? { warnafter: iat + expirationSeconds } : {}),
    },
    nbf: iat,
    sub: `system:serviceaccount:${namespace}:${account}`,
  };
  return signJwt(claims);
}

/** A JWT of `claims` under the cluster's one service-account key; the signature is a hash, the same claims the same token. */
export function signJwt(claims: object): string {
  const signed = `${HEADER}.${base64url(JSON.stringify(claims))}`;
  return `${signed}.${digest(signed, 'base64url')}`;
}

/** A token's `jti`: uuid-shaped, from its facts (real ones are random; kubespec's repeat for the same facts). */
export function tokenId(facts: string): string {
  return digest(facts, 'hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12}).*$/, '$1-$2-$3-$4-$5');
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
