/**
 * `kubectl scale [--current-replicas=N] --replicas=COUNT (-f FILE | TYPE NAME)` (k8s.io/kubectl/pkg/cmd/
 * scale, pkg/scale): writes `spec.replicas` through the scale subresource of Deployments, ReplicaSets,
 * ReplicationControllers and StatefulSets, with the optional --current-replicas precondition.
 */
import { ApiError, type StoredObject } from '../../api';
import type { CommandContext } from '../context';
import { KubectlError } from '../errors';
import { resourceName } from '../printers';
import { DRY_RUN_FLAG, type Command } from './command';
import { select } from './selection';
import { dryRunMode, RECORD_FLAG, recordAnnotations } from './write-flags';

const SCALABLE = ['Deployment', 'ReplicaSet', 'ReplicationController', 'StatefulSet'];

export const scaleCommand: Command = {
  name: 'scale',
  flags: {
    ...DRY_RUN_FLAG,
    ...RECORD_FLAG,
    replicas: { kind: 'int', default: -1 },
    'current-replicas': { kind: 'int', default: -1 },
    'resource-version': { kind: 'string' },
    timeout: { kind: 'string' },
    filename: { kind: 'stringArray', short: 'f' },
    recursive: { kind: 'bool', short: 'R' },
    selector: { kind: 'string', short: 'l' },
    all: { kind: 'bool' },
    output: { kind: 'string', short: 'o' },
  },
  run(context, args, flags) {
    if (!flags.has('replicas')) throw new KubectlError('error: required flag(s) "replicas" not set');
    const replicas = flags.int('replicas')!;
    const current = flags.int('current-replicas')!;
    if (replicas < 0) throw new KubectlError('error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
    if (current < -1) throw new KubectlError('error: The --current-replicas must specify an integer of -1 or greater');
    const record = recordAnnotations(context, flags);
    const dryRun = dryRunMode(flags);
    const objects = select(context, args, flags, { collectNotFound: false }).flatMap((s) => s.objects);
    if (objects.length === 0) throw new KubectlError('error: no objects passed to scale');
    for (const obj of objects) {
      if (dryRun !== 'client') scaleOne(context, obj, replicas, current, record, dryRun === 'server');
      context.output.out(`${resourceName(obj)} scaled`);
    }
  },
};

function scaleOne(context: CommandContext, obj: StoredObject, replicas: number, current: number, record: Record<string, string> | undefined, dryRun: boolean): void {
  if (!SCALABLE.includes(obj.kind)) throw new ApiError('NotFound', 'the server could not find the requested resource', 404);
  const actual = (obj.spec as { replicas?: number }).replicas ?? 0;
  if (current !== -1 && current !== actual) throw new KubectlError(`error: Expected replicas to be ${current}, was ${actual}`);
  const annotations = record ? { ...obj.metadata.annotations, ...record } : obj.metadata.annotations;
  context.cluster.api.update({ ...obj, metadata: { ...obj.metadata, annotations }, spec: { ...(obj.spec as object), replicas } }, { user: context.user, dryRun });
}
