/**
 * The `serviceaccounts/token` subresource: a TokenRequest (authentication.k8s.io/v1) POSTed for a
 * ServiceAccount comes back with a signed token in its status, as the apiserver's TokenREST does
 * (pkg/registry/core/serviceaccount/storage/token.go, claims from pkg/serviceaccount/claims.go). Nothing is
 * stored: the response is computed from the ServiceAccount (and the object the token is bound to) at the
 * virtual instant of the request. The token has the claim layout of the kubelet's projected tokens.
 */
import { ApiError, fieldError, type ApiServer, type StoredObject, type UserInfo } from '../../api';
import { toRFC3339 } from '../../clock';
import { EXTENDED_EXPIRATION_SECONDS, signJwt, tokenId, TOKEN_ISSUER, WARN_ONLY_EXPIRATION_SECONDS } from './service-account-token';

/** The apiserver's own audiences (kind runs with `--service-account-issuer` = this, and no `--api-audiences`). */
export const API_AUDIENCES: readonly string[] = [TOKEN_ISSUER];
/** SetDefaults_TokenRequestSpec: an hour when the request names no lifetime. */
export const DEFAULT_TOKEN_EXPIRATION_SECONDS = 3600;
/** ValidateTokenRequest's bounds (pkg/apis/authentication/validation). */
const MIN_EXPIRATION_SECONDS = 10 * 60;
const MAX_EXPIRATION_SECONDS = 2 ** 32;

export interface BoundObjectReference {
  kind: string;
  apiVersion?: string;
  name: string;
  uid?: string;
}

export interface TokenRequestSpec {
  audiences?: readonly string[];
  expirationSeconds?: number;
  boundObjectRef?: BoundObjectReference;
}

export interface TokenRequest {
  apiVersion: 'authentication.k8s.io/v1';
  kind: 'TokenRequest';
  metadata: { creationTimestamp: string; name: string; namespace: string };
  // `boundObjectRef` has no omitempty in the Go type: an unbound request prints `boundObjectRef: null`.
  spec: { audiences: string[]; boundObjectRef: BoundObjectReference | null; expirationSeconds: number };
  status: { expirationTimestamp: string; token: string };
}

const GROUP_KIND = 'TokenRequest.authentication.k8s.io';

interface Ref {
  name: string;
  uid?: string;
}

/** The objects a token can be bound to, as TokenREST resolves a BoundObjectReference. */
interface Binding {
  pod?: Ref;
  node?: Ref;
  secret?: Ref;
  uid: string;
}

/**
 * POST /api/v1/namespaces/{namespace}/serviceaccounts/{name}/token. `user` needs `create` on
 * `serviceaccounts/token`; reading the ServiceAccount and the bound object is the apiserver's own business.
 */
export function requestToken(api: ApiServer, namespace: string, name: string, spec: TokenRequestSpec, options: { user?: UserInfo; now: number }): TokenRequest {
  api.authorizeRequest(options.user, { verb: 'create', apiGroup: '', resource: 'serviceaccounts', subresource: 'token', namespace, name });
  const account = api.get('ServiceAccount', namespace, name);
  const audiences = spec.audiences && spec.audiences.length > 0 ? [...spec.audiences] : [...API_AUDIENCES];
  const requested = spec.expirationSeconds ?? DEFAULT_TOKEN_EXPIRATION_SECONDS;
  validateExpiration(requested);
  const binding = spec.boundObjectRef ? resolveBinding(api, namespace, name, spec.boundObjectRef) : undefined;

  const iat = Math.floor(options.now / 1000);
  // Only a pod-bound token for the apiserver's audiences gets the year-long grace (--service-account-extend-token-expiration).
  const extended = binding?.pod !== undefined && requested === WARN_ONLY_EXPIRATION_SECONDS && audiences.every((a) => API_AUDIENCES.includes(a));
  const exp = iat + (extended ? EXTENDED_EXPIRATION_SECONDS : requested);
  const token = signJwt({
    aud: audiences,
    exp,
    iat,
    iss: TOKEN_ISSUER,
    jti: tokenId(`${namespace}/${name}/${iat}/${audiences.join(',')}/${exp}/${binding?.uid ?? ''}`),
    'kubernetes.io': {
      namespace,
      ...(binding?.node ? { node: binding.node } : {}),
      ...(binding?.pod ? { pod: binding.pod } : {}),
      ...(binding?.secret ? { secret: binding.secret } : {}),
      serviceaccount: ref(account),
      ...(extended ? { warnafter: iat + requested } : {}),
    },
    nbf: iat,
    sub: `system:serviceaccount:${namespace}:${name}`,
  });
  return {
    apiVersion: 'authentication.k8s.io/v1',
    kind: 'TokenRequest',
    metadata: { creationTimestamp: toRFC3339(options.now), name, namespace },
    spec: { audiences, boundObjectRef: spec.boundObjectRef ?? null, expirationSeconds: requested },
    // The status reports the requested lifetime even when the token itself was extended, as TokenREST does.
    status: { expirationTimestamp: toRFC3339(options.now + requested * 1000), token },
  };
}

function validateExpiration(seconds: number): void {
  if (seconds < MIN_EXPIRATION_SECONDS) {
    throw ApiError.invalid(GROUP_KIND, '', [fieldError.invalid('spec.expirationSeconds', seconds, 'may not specify a duration less than 10 minutes')]);
  }
  if (seconds > MAX_EXPIRATION_SECONDS) {
    throw ApiError.invalid(GROUP_KIND, '', [fieldError.invalid('spec.expirationSeconds', seconds, 'may not specify a duration larger than 2^32 seconds')]);
  }
}

/** TokenREST's switch over the reference's kind: a Pod (with its node), a Node or a Secret of the core group. */
function resolveBinding(api: ApiServer, namespace: string, account: string, reference: BoundObjectReference): Binding {
  const group = (reference.apiVersion ?? '').includes('/') ? reference.apiVersion!.split('/')[0] : '';
  let binding: Binding;
  if (group === '' && reference.kind === 'Pod') {
    const pod = api.get('Pod', namespace, reference.name) as StoredObject & { spec?: { serviceAccountName?: string; nodeName?: string } };
    if (pod.spec?.serviceAccountName !== account) {
      throw ApiError.badRequest(`cannot bind token for serviceaccount "${account}" to pod running with different serviceaccount name.`);
    }
    const nodeName = pod.spec?.nodeName;
    // ServiceAccountTokenPodNodeInfo (beta, on in v1.32): the pod's node, by name alone when it is gone.
    const node = nodeName ? api.tryGet('Node', undefined, nodeName) : undefined;
    binding = { pod: ref(pod), ...(nodeName ? { node: node ? ref(node) : { name: nodeName } } : {}), uid: pod.metadata.uid };
  } else if (group === '' && reference.kind === 'Node') {
    const node = api.get('Node', undefined, reference.name);
    binding = { node: ref(node), uid: node.metadata.uid };
  } else if (group === '' && reference.kind === 'Secret') {
    const secret = api.get('Secret', namespace, reference.name);
    binding = { secret: ref(secret), uid: secret.metadata.uid };
  } else {
    const version = reference.apiVersion?.split('/').pop() ?? '';
    throw ApiError.badRequest(`cannot bind token to object of type ${group}/${version}, Kind=${reference.kind}`);
  }
  if (reference.uid && reference.uid !== binding.uid) {
    throw ApiError.conflict(
      reference.kind,
      reference.name,
      `the UID in the bound object reference (${reference.uid}) does not match the UID in record. The object might have been deleted and then recreated`,
    );
  }
  return binding;
}

/** claims.go's `ref`: name and uid, each omitted when empty. */
function ref(obj: StoredObject): Ref {
  return { name: obj.metadata.name, ...(obj.metadata.uid ? { uid: obj.metadata.uid } : {}) };
}
