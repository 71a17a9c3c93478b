/**
 * Reading one static pod manifest (`pkg/kubelet/config/common.go` tryDecodeSinglePod and applyDefaults):
 * one Pod in YAML or JSON, decoded strictly, then defaulted as the kubelet does — name `<name>-<node>`,
 * namespace `default`, `spec.nodeName`, a UID hashed from the content, the node and the source (so an
 * edited file is a new pod), the config annotations, and a NoExecute toleration for every taint — and
 * validated as the apiserver would. Errors are returned as text, for the kubelet's log.
 */
import { createHash } from 'node:crypto';
import { parseAllDocuments } from 'yaml';
import { ApiError, type ApiServer, type KubeObject } from '../../api';
import type { Pod } from '../../api/schemas';
import { applyDefaults } from '../../api/defaults';
import { validateCreate } from '../../api/validation';
import { toRFC3339 } from '../../clock';
import { CONFIG_HASH_ANNOTATION, CONFIG_SEEN_ANNOTATION, CONFIG_SOURCE_ANNOTATION } from './mirror-pod';

export type StaticPodResult = { readonly pod: Pod } | { readonly error: string };

export interface ManifestOrigin {
  /** `file` or `http`. */
  readonly kind: 'file' | 'http';
  /** The file path or the URL. */
  readonly location: string;
}

export function readStaticPod(api: ApiServer, content: string, origin: ManifestOrigin, nodeName: string, seenAt: number): StaticPodResult {
  const documents = parseAllDocuments(content).filter((doc) => doc.contents !== null);
  if (documents.length !== 1) return { error: `${origin.location}: a static pod manifest holds exactly one Pod, found ${documents.length} documents` };
  const document = documents[0]!;
  if (document.errors.length > 0) return { error: `${origin.location}: ${document.errors[0]!.message}` };
  let decoded: KubeObject;
  try {
    decoded = api.decode(document.toJS());
  } catch (error) {
    if (error instanceof ApiError) return { error: `${origin.location}: ${error.message}` };
    throw error;
  }
  if (decoded.kind !== 'Pod') return { error: `${origin.location}: invalid pod: expected kind Pod, got ${decoded.kind}` };
  const pod = applyDefaults(withKubeletDefaults(decoded as Pod, origin, nodeName, seenAt));
  const errors = validateCreate(pod);
  if (errors.length > 0) return { error: `${origin.location}: invalid pod: ${ApiError.invalid('Pod', pod.metadata.name ?? '', errors).message}` };
  return { pod };
}

function withKubeletDefaults(pod: Pod, origin: ManifestOrigin, nodeName: string, seenAt: number): Pod {
  const hash = staticPodHash(pod, origin, nodeName);
  const annotations = {
    ...pod.metadata.annotations,
    [CONFIG_HASH_ANNOTATION]: hash,
    [CONFIG_SEEN_ANNOTATION]: rfc3339Nano(seenAt),
    [CONFIG_SOURCE_ANNOTATION]: origin.kind,
  };
  const tolerations = [...(pod.spec?.tolerations ?? []), ...(origin.kind === 'file' ? [{ operator: 'Exists', effect: 'NoExecute' }] : [])];
  return {
    ...pod,
    metadata: { ...pod.metadata, name: `${pod.metadata.name}-${nodeName.toLowerCase()}`, namespace: pod.metadata.namespace || 'default', uid: hash, annotations },
    spec: { ...pod.spec, nodeName, tolerations },
    status: { phase: 'Pending' },
  };
}

/** The UID: MD5 over the pod as written, the node and the source, hex-encoded (32 characters). */
export function staticPodHash(pod: Pod, origin: ManifestOrigin, nodeName: string): string {
  return createHash('md5').update(JSON.stringify(pod)).update(`host:${nodeName}`).update(`${origin.kind === 'file' ? 'file' : 'url'}:${origin.location}`).digest('hex');
}

/** time.RFC3339Nano: fractional seconds without trailing zeros. */
function rfc3339Nano(ms: number): string {
  const fraction = ms % 1000 === 0 ? '' : `.${String(ms % 1000).padStart(3, '0').replace(/0+$/, '')}`;
  return toRFC3339(ms).replace(/Z$/, `${fraction}Z`);
}
