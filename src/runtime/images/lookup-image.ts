/**
 * Finds the catalog entry for an image reference (any registry prefix, tag or digest). Images
 * outside the catalog get a generic entry: no shell (like distroless images), and a program that
 * runs until stopped, listening on the container's declared ports.
 */
import { IMAGE_CATALOG } from './catalog';
import { parseImageReference, versionOfTag } from './image-reference';
import type { ImageEntry, ImageSpec } from './image-spec';
import { genericServer } from './programs/generic-server';
import { BoundedMemo } from '../../api/bounded-memo';

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
  spec = Object.freeze({ ...base, reference, version: versionOfTag(parsed.tag) ?? base.defaultVersion, known: entry !== undefined });
  SPECS.set(reference, spec);
  return spec;
}

const SPECS = new BoundedMemo<string, ImageSpec>(1000);
