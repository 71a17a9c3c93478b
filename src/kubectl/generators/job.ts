/**
 * `kubectl create job NAME --image=image [--from=cronjob/name] -- [COMMAND] [args...]`
 * (k8s.io/kubectl/pkg/cmd/create/create_job.go). The `--from` form reads the CronJob from the
 * cluster, so the caller fetches it and calls `jobFromCronJob`; `build` covers the `--image` form.
 */
import { SimulationError } from '../../api/api-error';
import type { KubeObject } from '../../api/object';
import { GeneratorError, nameFromArgs, objectMeta, type CommandArgs, type Generator, type GeneratorContext } from './generator';
import type { Flags } from '../argv';

const COMMAND_PATH = 'kubectl create job';

export const jobGenerator: Generator = {
  names: ['job'],
  commandPath: COMMAND_PATH,
  usage: 'kubectl create job NAME --image=image [--from=cronjob/name] -- [COMMAND] [args...] [options]',
  flags: { image: { kind: 'string' }, from: { kind: 'string' } },
  build(args, flags, ctx) {
    const { name, command } = validateJobArgs(args, flags);
    if (flags.string('from')) throw new SimulationError('create job --from reads the cluster: use jobSourceOf + jobFromCronJob');
    const container = { name, image: flags.string('image'), ...(command.length > 0 ? { command } : {}) };
    return {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: objectMeta(name, ctx),
      spec: { template: { spec: { containers: [container], restartPolicy: 'Never' } } },
    };
  },
};

/**
 * What the command needs before building: with `--from=cronjob/x` the caller fetches that CronJob
 * (kubectl resolves it with the resource builder) and passes it to `jobFromCronJob`.
 */
export function jobSourceOf(args: CommandArgs, flags: Flags): { name: string; from?: string } {
  const { name, from } = validateJobArgs(args, flags);
  return { name, ...(from ? { from } : {}) };
}

/** Complete + Validate: NAME, then exactly one of --image and --from, and no command with --from. */
function validateJobArgs(args: CommandArgs, flags: Flags): { name: string; command: string[]; from?: string } {
  const { name, command } = nameFromArgs(COMMAND_PATH, args);
  const image = flags.string('image') ?? '';
  const from = flags.string('from') ?? '';
  if ((image === '') === (from === '')) throw new GeneratorError('either --image or --from must be specified');
  if (command.length > 0 && from !== '') throw new GeneratorError('cannot specify --from and command');
  return { name, command, ...(from ? { from } : {}) };
}

/**
 * createJobFromCronJob: the CronJob's job template with `cronjob.kubernetes.io/instantiate: manual`
 * and a controller reference without blockOwnerDeletion (kubectl avoids needing cronjobs/finalizers).
 */
export function jobFromCronJob(cronJob: KubeObject, name: string, ctx: Pick<GeneratorContext, 'namespace'> = {}): KubeObject {
  const spec = (cronJob.spec ?? {}) as { jobTemplate?: { metadata?: KubeObject['metadata']; spec?: unknown } };
  const template = spec.jobTemplate ?? {};
  const labels = template.metadata?.labels;
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      name,
      ...(ctx.namespace !== undefined ? { namespace: ctx.namespace } : {}),
      annotations: { 'cronjob.kubernetes.io/instantiate': 'manual', ...(template.metadata?.annotations ?? {}) },
      ...(labels ? { labels: { ...labels } } : {}),
      ownerReferences: [
        { apiVersion: 'batch/v1', kind: 'CronJob', name: cronJob.metadata.name ?? '', uid: cronJob.metadata.uid ?? '', controller: true },
      ],
    },
    spec: structuredClone(template.spec ?? {}),
  };
}
