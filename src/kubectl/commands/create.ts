/** `kubectl create -f` and the `kubectl create <generator>` family (deployment, job, service, secret, role...). */
import { usageError } from '../errors';
import { createCommandPath, GeneratorError, resolveCreateGenerator, type Generator } from '../generators';
import { KubectlError } from '../errors';
import { DRY_RUN_FLAG, OUTPUT_FLAGS, type Command } from './command';
import { writeManifests } from './apply';
import { RECORD_FLAG, VALIDATE_FLAG } from './write-flags';
import { generatorFlags, generatorFor, runGenerated } from './generated-objects';
import type { FlagSpecs } from '../argv';
import { CREATE_TOKEN_FLAGS, runCreateToken } from './create-token';

const FILE_FLAGS: FlagSpecs = {
  ...OUTPUT_FLAGS,
  ...DRY_RUN_FLAG,
  ...RECORD_FLAG,
  filename: { kind: 'stringArray', short: 'f' },
  recursive: { kind: 'bool', short: 'R' },
  'save-config': { kind: 'bool' },
  ...VALIDATE_FLAG,
};


/** Each generator's flag table, built once: the dispatcher caches what it derives from a table by identity. */
const GENERATOR_FLAGS = new WeakMap<Generator, FlagSpecs>();

export const createCommand: Command = {
  name: 'create',
  subcommands: true,
  flags: FILE_FLAGS,
  flagsFor(words) {
    if (words[0] === 'token') return CREATE_TOKEN_FLAGS;
    const generator = generatorFor(words);
    if (!generator) return FILE_FLAGS;
    let flags = GENERATOR_FLAGS.get(generator);
    if (!flags) GENERATOR_FLAGS.set(generator, (flags = { ...generatorFlags(generator), ...RECORD_FLAG }));
    return flags;
  },
  commandPath(words) {
    return words[0] === 'token' ? 'kubectl create token' : createCommandPath(words);
  },
  run(context, args, flags) {
    if (flags.has('filename')) {
      writeManifests(context, flags, 'create');
      return;
    }
    if (args.positional.length === 0) throw usageError('must specify one of -f and -k');
    // `create token` posts to a subresource and prints a token: no generated object to create or dry-run.
    if (args.positional[0] === 'token') return runCreateToken(context, args, flags);
    let resolved;
    try {
      resolved = resolveCreateGenerator(args.positional);
    } catch (error) {
      if (error instanceof GeneratorError) throw new KubectlError(error.stderr);
      throw error;
    }
    if (!resolved) throw new KubectlError(`error: unknown command "${args.positional[0]}" for "kubectl create"`);
    runGenerated(context, resolved.generator, args, flags, args.positional.length - resolved.rest.length);
  },
};
