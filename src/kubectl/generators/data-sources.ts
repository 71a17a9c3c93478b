/**
 * `--from-literal`, `--from-file` and `--from-env-file` as kubectl reads them for ConfigMaps and
 * Secrets (k8s.io/kubectl/pkg/util/util.go ParseFileSource/ParseLiteralSource,
 * pkg/cmd/util/env_file.go, create_configmap.go handleConfigMapFromFileSources). Keys and values are
 * handed to `add`, which validates them with the kind's own messages.
 */
import { posix } from 'node:path';
import { GeneratorError, type GeneratorContext } from './generator';
import { isEnvVarName } from './name-validation';

export type AddKey = (key: string, value: string) => void;

type FileContext = Pick<GeneratorContext, 'readFile' | 'listDir'>;

export function parseLiteralSource(source: string): [key: string, value: string] {
  const at = source.indexOf('=');
  if (at <= 0) throw new GeneratorError(`invalid literal source ${source}, expected key=value`);
  return [source.slice(0, at), source.slice(at + 1)];
}

export function parseFileSource(source: string): [key: string, path: string] {
  const separators = source.split('=').length - 1;
  if (separators === 0) return [posix.basename(source) || (source.startsWith('/') ? '/' : '.'), source];
  if (separators === 1 && source.startsWith('=')) throw new GeneratorError(`key name for file path ${source.slice(1)} missing`);
  if (separators === 1 && source.endsWith('=')) throw new GeneratorError(`file path for key name ${source.slice(0, -1)} missing`);
  if (separators > 1) throw new GeneratorError("key names or file paths cannot contain '='");
  const [key, path] = source.split('=');
  return [key!, path!];
}

/** handle*FromFileSources: a file gives one key; a directory gives one key per regular file, by name. */
export function addFromFileSources(sources: readonly string[], ctx: FileContext, add: AddKey): void {
  for (const source of sources) {
    const [key, path] = parseFileSource(source);
    const entries = ctx.listDir(path);
    if (entries === undefined) {
      add(key, readOrFail(ctx, path));
      continue;
    }
    if (source.includes('=')) throw new GeneratorError('cannot give a key name for a directory path');
    for (const name of [...entries].sort()) {
      const itemPath = posix.join(path, name);
      const content = ctx.listDir(itemPath) === undefined ? ctx.readFile(itemPath) : undefined;
      if (content !== undefined) add(name, content);
    }
  }
}

/** handle*FromEnvFileSources + cmdutil.AddFromEnvFile. */
export function addFromEnvFiles(sources: readonly string[], ctx: FileContext, add: AddKey, directoryError: string): void {
  for (const source of sources) {
    if (ctx.listDir(source) !== undefined) throw new GeneratorError(directoryError);
    for (const [key, value] of parseEnvFile(readOrFail(ctx, source))) add(key, value);
  }
}

/**
 * processEnvFileLine per bufio.Scanner line: BOM dropped on line 1, leading space trimmed, `#` comments
 * and blank lines skipped, `KEY=value` split at the first `=`. A bare `KEY` takes the value of kubectl's
 * own environment variable; the simulated kubectl has no environment, so it is empty.
 */
export function parseEnvFile(content: string): [string, string][] {
  const lines = content.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const pairs: [string, string][] = [];
  lines.forEach((raw, index) => {
    let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (index === 0 && line.startsWith('\uFEFF')) line = line.slice(1);
    line = line.replace(/^\s+/u, '');
    if (line === '' || line.startsWith('#')) return;
    const at = line.indexOf('=');
    const key = at < 0 ? line : line.slice(0, at);
    const errs = isEnvVarName(key);
    if (errs.length > 0) throw new GeneratorError(`${goQuote(key)} is not a valid key name: ${errs.join(';')}`);
    pairs.push([key, at < 0 ? '' : line.slice(at + 1)]);
  });
  return pairs;
}

function readOrFail(ctx: FileContext, path: string): string {
  const content = ctx.readFile(path);
  if (content === undefined) throw new GeneratorError(`error reading ${path}: no such file or directory`);
  return content;
}

/** Go's %q for the strings kubectl quotes in its messages. */
export function goQuote(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}
