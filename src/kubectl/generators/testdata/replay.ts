/**
 * Replays a golden case through the generators the way kubectl's command would run them: parse the
 * flags (the generator's, the common create ones, `-n`), build, print. Test support only.
 */
import { posix } from 'node:path';
import { Flags, FlagError, parseFlags } from '../../argv';
import { SeededRandom } from '../../../clock';
import { CREATE_COMMON_FLAGS, GeneratorError, runGenerator, type GeneratorContext } from '../generator';
import { resolveCreateGenerator } from '../create-generators';
import { runPodGenerator } from '../run-pod';
import { printDryRun } from '../print-dry-run';
import { commandWords, type GoldenCase } from './cases';

export interface Replay {
  stdout: string;
  stderr: string;
  failed: boolean;
}

/** A read-only file tree from `path → content`, directories implied by the paths. */
export function filesContext(files: Readonly<Record<string, string>> = {}): Pick<GeneratorContext, 'readFile' | 'listDir'> {
  const normalized = new Map(Object.entries(files).map(([p, c]) => [posix.normalize(p), c]));
  return {
    readFile: (path) => normalized.get(posix.normalize(path)),
    listDir: (path) => {
      const prefix = `${posix.normalize(path)}/`;
      const names = [...normalized.keys()].filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length).split('/')[0]!);
      return names.length > 0 ? [...new Set(names)] : undefined;
    },
  };
}

export function replay(testCase: GoldenCase, format: 'yaml' | 'json'): Replay {
  const warnings: string[] = [];
  try {
    const words = commandWords(testCase, format);
    const found = words[0] === 'run' ? { generator: runPodGenerator, rest: words.slice(1) } : resolveCreateGenerator(words.slice(1));
    if (!found) throw new Error(`no generator for ${testCase.command}`);
    const specs = { ...CREATE_COMMON_FLAGS, namespace: { kind: 'string' as const, short: 'n' }, ...found.generator.flags };
    const parsed = parseFlags(found.rest, specs);
    const flags = new Flags(parsed, specs);
    const namespace = flags.string('namespace');
    const ctx: GeneratorContext = {
      ...filesContext(testCase.files),
      ...(namespace !== undefined ? { namespace } : {}),
      random: new SeededRandom(1),
      warn: (line) => warnings.push(`${line}\n`),
    };
    const obj = runGenerator(found.generator, parsed, flags, ctx);
    return { stdout: printDryRun(obj, format), stderr: warnings.join(''), failed: false };
  } catch (error) {
    if (error instanceof GeneratorError) return { stdout: '', stderr: `${warnings.join('')}${error.stderr}\n`, failed: true };
    if (error instanceof FlagError) return { stdout: '', stderr: `error: ${error.message}\n`, failed: true };
    throw error;
  }
}
