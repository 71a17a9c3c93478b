/**
 * Turns `-f` arguments (files, directories, `-` for stdin) into decoded manifest documents, remembering the
 * source of each so errors name it as kubectl does (`error when creating "web.yaml": ...`).
 */
import type { KubeObject } from '../api';
import type { CommandContext } from './context';
import { usageError } from './errors';
import { parseManifests } from './manifests';

export interface SourcedObject {
  source: string;
  object: KubeObject;
}

export interface ManifestReadResult {
  objects: SourcedObject[];
  /** Documents that could not be read, already rendered as kubectl prints them. */
  errors: string[];
}

const MANIFEST_EXTENSIONS = /\.(ya?ml|json)$/;

export function readManifests(context: CommandContext, paths: readonly string[], recursive = false): ManifestReadResult {
  const result: ManifestReadResult = { objects: [], errors: [] };
  for (const path of paths) {
    for (const file of expand(context, path, recursive)) {
      const text = file === '-' ? context.stdin ?? '' : context.files.read(file);
      const source = file === '-' ? 'STDIN' : file;
      for (const doc of parseManifests(text, source)) {
        if (doc.error) result.errors.push(doc.error);
        else if (doc.value) result.objects.push({ source, object: doc.value as unknown as KubeObject });
      }
    }
  }
  return result;
}

/** For commands that cannot go on past an unreadable document (get/delete -f). */
export function readManifestObjects(context: CommandContext, paths: readonly string[], recursive = false): SourcedObject[] {
  const { objects, errors } = readManifests(context, paths, recursive);
  if (errors.length > 0) throw usageError(errors[0]!);
  return objects;
}

function expand(context: CommandContext, path: string, recursive: boolean): string[] {
  if (path === '-') return ['-'];
  if (!context.files.exists(path)) throw usageError(`the path "${path}" does not exist`);
  if (!context.files.isDirectory(path)) return [path];
  const files = context.files.listDir(path).filter((f) => MANIFEST_EXTENSIONS.test(f)).map((f) => `${path.replace(/\/$/, '')}/${f}`);
  if (recursive) return files; // nested directories are read only with -R; the sandbox lists regular files only
  return files;
}
