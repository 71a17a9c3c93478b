/**
 * Image references as container runtimes normalise them (distribution/reference ParseNormalizedNamed):
 * `nginx` → `docker.io/library/nginx:latest`, `bitnami/nginx` → `docker.io/bitnami/nginx`, and a
 * first component with a dot, a colon or `localhost` is a registry (`registry.k8s.io/pause:3.10`).
 */
export interface ImageReference {
  /** e.g. `docker.io/library/nginx` */
  repository: string;
  /** `latest` when the reference has neither tag nor digest. */
  tag: string | undefined;
  digest: string | undefined;
}

export function parseImageReference(reference: string): ImageReference {
  const [nameAndTag, digest] = reference.split('@') as [string, string | undefined];
  const lastSlash = nameAndTag.lastIndexOf('/');
  const colon = nameAndTag.indexOf(':', lastSlash + 1);
  const name = colon < 0 ? nameAndTag : nameAndTag.slice(0, colon);
  const explicitTag = colon < 0 ? undefined : nameAndTag.slice(colon + 1);
  const tag = explicitTag ?? (digest ? undefined : 'latest');
  return { repository: normalizeRepository(name.toLowerCase()), tag, digest };
}

function normalizeRepository(name: string): string {
  const [first, ...rest] = name.split('/');
  const hasRegistry = rest.length > 0 && (first?.includes('.') || first?.includes(':') || first === 'localhost');
  if (hasRegistry) return name;
  return rest.length === 0 ? `docker.io/library/${name}` : `docker.io/${name}`;
}

/** The numeric version a tag names (`1.27-alpine` → `1.27`), if any. */
export function versionOfTag(tag: string | undefined): string | undefined {
  return /^v?(\d+(?:\.\d+)*)/.exec(tag ?? '')?.[1];
}

/** -1, 0 or 1, comparing dotted numeric versions (`1.28` < `1.28.4` < `1.29`). */
export function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}
