/**
 * `kubectl run NAME --image=IMAGE`: a bare pod labelled `run=NAME`, built by kubectl's pod generator; with
 * `--attach` or `-i` kubectl waits for it and shows its output instead of printing it (run-attach.ts).
 */
import type { StoredObject } from '../../api';
import type { Pod } from '../../api/schemas';
import { runPodGenerator } from '../generators';
import type { Command } from './command';
import { buildGenerated, createGenerated, generatorFlags, runGenerated } from './generated-objects';
import { attachToRunPod } from './run-attach';

export const runCommand: Command = {
  name: 'run',
  flags: generatorFlags(runPodGenerator),
  run(context, args, flags) {
    const attach = flags.has('attach') ? flags.bool('attach') : flags.bool('stdin');
    if (!attach) return runGenerated(context, runPodGenerator, args, flags, 0);
    // Built first: the generator refuses --dry-run with attach options, and --rm without attaching.
    const pod = createGenerated(context, buildGenerated(context, runPodGenerator, args, flags, 0)) as StoredObject<Pod>;
    attachToRunPod(context, pod, flags);
  },
};
