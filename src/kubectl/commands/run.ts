/** `kubectl run NAME --image=IMAGE`: a bare pod labelled `run=NAME`, built by kubectl's pod generator. */
import { runPodGenerator } from '../generators';
import type { Command } from './command';
import { generatorFlags, runGenerated } from './generated-objects';

export const runCommand: Command = {
  name: 'run',
  flags: generatorFlags(runPodGenerator),
  run(context, args, flags) {
    runGenerated(context, runPodGenerator, args, flags, 0);
  },
};
