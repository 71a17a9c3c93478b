/**
 * `kubectl rollout pause|resume TYPE/NAME` (rollout_pause.go, rollout_resume.go, objectpauser.go,
 * objectresumer.go): sets `spec.paused` on Deployments; other kinds are not pausable. Errors from one
 * object do not stop the others, and are reported together at the end.
 */
import type { StoredObject } from '../../../api';
import type { Flags, ParsedArgs } from '../../argv';
import type { CommandContext } from '../../context';
import { KubectlError } from '../../errors';
import { resourceName } from '../../printers';
import { groupResource, rolloutTargets, TARGET_FLAGS, type RolloutSubcommand } from './subcommand';

const FLAGS = [...TARGET_FLAGS, 'output', 'field-manager', 'show-managed-fields', 'template', 'allow-missing-template-keys'];

export const pauseSubcommand: RolloutSubcommand = {
  name: 'pause',
  flags: FLAGS,
  run: (context, args, flags) => setPaused(context, args, flags, true),
};

export const resumeSubcommand: RolloutSubcommand = {
  name: 'resume',
  flags: FLAGS,
  run: (context, args, flags) => setPaused(context, args, flags, false),
};

function setPaused(context: CommandContext, args: ParsedArgs, flags: Flags, paused: boolean): void {
  const errors: string[] = [];
  const targets = rolloutTargets(context, args, flags);
  if (targets.length === 0) context.output.err(`No resources found in ${context.namespace} namespace.`);
  for (const obj of targets) {
    const problem = pauseProblem(obj, paused);
    if (problem) errors.push(`error: ${groupResource(context, obj)} "${obj.metadata.name}" ${problem}`);
    else write(context, obj, paused);
  }
  if (errors.length > 0) throw new KubectlError(errors.length === 1 ? errors[0]! : `[${errors.join(', ')}]`);
}

function pauseProblem(obj: StoredObject, paused: boolean): string | undefined {
  if (obj.kind !== 'Deployment') return paused ? 'pausing is not supported' : 'resuming is not supported';
  const current = (obj.spec as { paused?: boolean }).paused === true;
  if (paused && current) return 'is already paused';
  if (!paused && !current) return 'is not paused';
  return undefined;
}

function write(context: CommandContext, obj: StoredObject, paused: boolean): void {
  const spec = { ...(obj.spec as Record<string, unknown>) };
  if (paused) spec.paused = true;
  else delete spec.paused;
  context.cluster.api.update({ ...obj, spec }, { user: context.user });
  context.output.out(`${resourceName(obj)} ${paused ? 'paused' : 'resumed'}`);
}
