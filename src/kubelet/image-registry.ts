/**
 * The container registries the cluster's nodes pull from. Every image exists unless a scenario says it
 * does not (`Given the image "x" does not exist`) or its catalog entry lists the only tags it has, and a registry may demand credentials (`Given the
 * registry "r" requires the username "u" and password "p"`). Failures read as containerd 1.7 reports
 * them through the CRI; pull times grow with the image's compressed size, with a little seeded jitter.
 */
import { createHash } from 'node:crypto';
import type { SeededRandom } from '../clock';
import { lookupImage, parseImageReference } from '../runtime';
import type { RegistryAuth } from '../storage/config';
import { BoundedMemo } from '../api/bounded-memo';

export type PullOutcome =
  | { readonly ok: true; readonly durationMs: number; readonly size: number; readonly imageID: string; readonly image: string }
  | { readonly ok: false; readonly durationMs: number; readonly error: string };

/** Compressed linux/amd64 sizes of the catalogue's images as of 2025-01 (what the `Pulled` event reports). */
const IMAGE_SIZES: Readonly<Record<string, number>> = {
  nginx: 72_188_133,
  httpd: 58_143_912,
  busybox: 2_155_575,
  busyboxplus: 6_893_141,
  alpine: 3_653_068,
  curl: 11_264_410,
  redis: 45_086_274,
  mysql: 171_577_234,
  postgres: 158_619_052,
  agnhost: 51_322_516,
  liveness: 2_134_880,
  goproxy: 2_918_021,
  pause: 320_368,
};
const GENERIC_SIZE = 31_457_280;
/** Round trip to a registry (token, manifest, config) plus unpacking at about 30 MB/s. */
const PULL_LATENCY_MS = 350;
const BYTES_PER_MS = 30_000;

export class ImageRegistry {
  private readonly missingRepositories = new Set<string>();
  private readonly missingTags = new Set<string>();
  private readonly protectedRegistries = new Map<string, { username: string; password: string }>();

  constructor(private readonly random: SeededRandom) {}

  /** `nginx:9.9` hides one tag; `ghcr.io/acme/tool` (no tag) the whole repository. */
  markMissing(reference: string): void {
    const lastPart = reference.slice(reference.lastIndexOf('/') + 1);
    if (/[:@]/.test(lastPart)) this.missingTags.add(fullName(reference));
    else this.missingRepositories.add(parseImageReference(reference).repository);
  }

  requireCredentials(registry: string, username: string, password: string): void {
    this.protectedRegistries.set(registryHost(registry), { username, password });
  }

  /** `cached`: the layers are already on the node (an `Always` pull of a present image only resolves the manifest). */
  pull(reference: string, auths: Readonly<Record<string, RegistryAuth>>, cached = false): PullOutcome {
    // Every pod's pull passes here: the reference's parts are memoized (no parse per pull), and the
    // failure texts are built only for a failure.
    const name = fullName(reference);
    const host = repositoryHost(reference);
    const durationMs = this.pullTime(reference, cached);
    const required = this.protectedRegistries.get(host);
    if (required && !hasCredentials(auths, host, required)) {
      const parsed = parseImageReference(reference);
      return failure(name, durationMs, 'Unknown', `unexpected status from HEAD request to https://${host}/v2/${parsed.repository.slice(host.length + 1)}/manifests/${parsed.tag ?? parsed.digest}: 401 Unauthorized`);
    }
    if (this.missingRepositories.size > 0 && this.missingRepositories.has(repositoryOf(reference))) {
      return failure(name, durationMs, 'Unknown', 'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed');
    }
    if ((this.missingTags.size > 0 && this.missingTags.has(name)) || !tagPublished(reference)) return failure(name, durationMs, 'NotFound', `${name}: not found`);
    return { ok: true, durationMs, size: imageSize(reference), imageID: imageID(reference), image: name };
  }

  private pullTime(reference: string, cached: boolean): number {
    const base = PULL_LATENCY_MS + (cached ? 0 : imageSize(reference) / BYTES_PER_MS);
    return Math.round(base * (0.9 + 0.2 * this.random.next()));
  }
}

/** A failed pull ends before any layer is fetched: a quarter of the full pull's time. */
function failure(name: string, durationMs: number, code: string, detail: string): PullOutcome {
  return {
    ok: false,
    durationMs: Math.round(durationMs / 4),
    error: `rpc error: code = ${code} desc = failed to pull and unpack image "${name}": failed to resolve reference "${name}": ${detail}`,
  };
}

/** `nginx` → `docker.io/library/nginx:latest`, as containerd names images. */
export const fullName = perReference((reference) => {
  const parsed = parseImageReference(reference);
  // join, not a template: one flat string for every holder, rather than a rope of its pieces.
  if (parsed.digest && parsed.tag === undefined) return [parsed.repository, '@', parsed.digest].join('');
  return [parsed.repository, ':', parsed.tag ?? 'latest'].join('');
});

/** The repo digest the runtime reports as imageID: stable per reference. */
export const imageID = perReference((reference) => {
  const parsed = parseImageReference(reference);
  const digest = parsed.digest ?? `sha256:${createHash('sha256').update(fullName(reference)).digest('hex')}`;
  return [parsed.repository, '@', digest].join('');
});

/** A reference's normalized repository (`docker.io/library/nginx` for `nginx`). */
const repositoryOf = perReference((reference) => parseImageReference(reference).repository);

/** False for a tag outside a catalog image's published set (kubernetes-bootcamp:v10); digests are not checked. */
function tagPublished(reference: string): boolean {
  const tags = lookupImage(reference).tags;
  if (tags === undefined) return true;
  const parsed = parseImageReference(reference);
  return parsed.tag === undefined && parsed.digest !== undefined ? true : tags.includes(parsed.tag ?? 'latest');
}

/** The registry host of a reference's repository (`docker.io` for `nginx`): its first path segment. */
const repositoryHost = perReference((reference) => repositoryOf(reference).split('/')[0] ?? '');

/**
 * Memoizes a pure function of an image reference: every pod of a Deployment names the same image, so its
 * name and digest are computed (and stored) once, not per container start. A process sees a handful of
 * references; the cache is simply emptied should it ever hold a thousand.
 */
function perReference(compute: (reference: string) => string): (reference: string) => string {
  const cache = new BoundedMemo<string, string>(1000);
  return (reference) => cache.getOrCompute(reference, compute);
}

export function imageSize(reference: string): number {
  const image = lookupImage(reference);
  return image.known ? (IMAGE_SIZES[image.name] ?? GENERIC_SIZE) : GENERIC_SIZE;
}

/** A docker config key (`https://index.docker.io/v1/`, `registry.example.com:5000`) reduced to its host. */
export function registryHost(server: string): string {
  const host = server.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? '';
  return host === 'index.docker.io' || host === 'registry-1.docker.io' ? 'docker.io' : host.toLowerCase();
}

function hasCredentials(auths: Readonly<Record<string, RegistryAuth>>, host: string, required: { username: string; password: string }): boolean {
  return Object.entries(auths).some(([server, auth]) => registryHost(server) === host && auth.username === required.username && auth.password === required.password);
}
