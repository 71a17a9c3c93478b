/**
 * Finds the catalog entry for an image reference (any registry prefix, tag or digest). Images
 * outside the catalog get a generic entry: no shell (like distroless images), and a program that
 * runs until stopped, listening on the container's declared ports.
 */
import { IMAGE_CATALOG } from './catalog';
import { compareVersions, parseImageReference, versionOfTag } from './image-reference';
import type { ImageEntry, ImageSpec } from './image-spec';
import { genericServer } from './programs/generic-server';
import { BoundedMemo } from '../../api/bounded-memo';
import { SimulationError } from '../../api/api-error';

/** The generic image's single executable; any command on such an image runs it. */
export const GENERIC_PROGRAM = 'app';

const GENERIC: ImageEntry = {
  name: 'generic',
  repositories: [],
  defaultVersion: '1.0',
  entrypoint: [`/${GENERIC_PROGRAM}`],
  cmd: [],
  env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' },
  workingDir: '/',
  shells: [],
  tools: [],
  programs: { [GENERIC_PROGRAM]: genericServer },
  fallbackProgram: genericServer,
  files: () => ({}),
  stopSignal: 'SIGTERM',
  exposedPorts: [],
};

/**
 * Every container start looks its image up, and a Deployment's pods all name the same one: specs are kept
 * per reference (frozen, as they are shared), and the cache is emptied should it ever hold a thousand.
 */
export function lookupImage(reference: string): ImageSpec {
  let spec = SPECS.get(reference);
  if (spec) return spec;
  const parsed = parseImageReference(reference);
  const entry = IMAGE_CATALOG.find((candidate) => candidate.repositories.includes(parsed.repository));
  const base = entry ?? GENERIC;
  const tagVersion = versionOfTag(parsed.tag) ?? namedTagVersion(base, parsed.tag) ?? base.defaultVersion;
  const version = base.tagVersions ? shippedVersion(base.tagVersions, tagVersion) : tagVersion;
  spec = Object.freeze({ ...base, reference, version, known: entry !== undefined });
  SPECS.set(reference, spec);
  return spec;
}

function namedTagVersion(entry: ImageEntry, tag: string | undefined): string | undefined {
  return tag === undefined ? undefined : entry.namedTags?.[tag.split('-')[0] as string];
}

/** The software version an image tag ships, by the nearest listed tag at or below it. */
function shippedVersion(tagVersions: Readonly<Record<string, string>>, tagVersion: string): string {
  const listed = Object.keys(tagVersions).sort(compareVersions);
  const atOrBelow = listed.filter((tag) => compareVersions(tag, tagVersion) <= 0);
  const tag = atOrBelow[atOrBelow.length - 1] ?? listed[0];
  if (tag === undefined) throw new SimulationError('an image entry has an empty tagVersions table');
  return tagVersions[tag] as string;
}

const SPECS = new BoundedMemo<string, ImageSpec>(1000);
