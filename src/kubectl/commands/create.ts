/** `kubectl create -f` and the `kubectl create <generator>` family (deployment, job, service, secret, role...). */
import { usageError } from '../errors';
import { GeneratorError, resolveCreateGenerator } from '../generators';
import { KubectlError } from '../errors';
import { DRY_RUN_FLAG, OUTPUT_FLAGS, type Command } from './command';
import { writeManifests } from './apply';
import { RECORD_FLAG } from './write-flags';
import { generatorFlags, generatorFor, runGenerated } from './generated-objects';
import type { FlagSpecs } from '../argv';

const FILE_FLAGS: FlagSpecs = {
  ...OUTPUT_FLAGS,
  ...DRY_RUN_FLAG,
  ...RECORD_FLAG,
  filename: { kind: 'stringArray', short: 'f' },
  recursive: { kind: 'bool', short: 'R' },
  'save-config': { kind: 'bool' },
  validate: { kind: 'string' },
};

export const createCommand: Command = {
  name: 'create',
  subcommands: true,
  flags: FILE_FLAGS,
  flagsFor(words) {
    const generator = generatorFor(words);
    return generator ? { ...generatorFlags(generator), ...RECORD_FLAG } : FILE_FLAGS;
  },
  run(context, args, flags) {
    if (flags.has('filename')) {
      writeManifests(context, flags, 'create');
      return;
    }
    if (args.positional.length === 0) throw usageError('must specify one of -f and -k');
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
