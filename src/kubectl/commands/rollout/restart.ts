/**
 * `kubectl rollout restart TYPE/NAME` (rollout_restart.go, objectrestarter.go): stamps the pod template
 * with `kubectl.kubernetes.io/restartedAt` (RFC 3339, virtual now), which the controller rolls out like
 * any template change. Paused Deployments refuse; a second restart in the same second changes nothing.
 */
import type { StoredObject } from '../../../api';
import { toRFC3339 } from '../../../clock';
import type { PodTemplateSpec } from '../../../api/schemas';
import type { CommandContext } from '../../context';
import { KubectlError } from '../../errors';
import { resourceName } from '../../printers';
import { groupResource, rolloutTargets, TARGET_FLAGS, type RolloutSubcommand } from './subcommand';

const RESTARTED_AT = 'kubectl.kubernetes.io/restartedAt';

export const restartSubcommand: RolloutSubcommand = {
  name: 'restart',
  flags: [...TARGET_FLAGS, 'output', 'field-manager', 'show-managed-fields', 'template', 'allow-missing-template-keys'],
  run(context, args, flags) {
    const errors: string[] = [];
    const targets = rolloutTargets(context, args, flags);
    if (targets.length === 0) context.output.err(`No resources found in ${context.namespace} namespace.`);
    for (const obj of targets) {
      const problem = restart(context, obj);
      if (problem) errors.push(problem);
    }
    if (errors.length > 0) throw new KubectlError(errors.length === 1 ? errors[0]! : `[${errors.join(', ')}]`);
  },
};

function restart(context: CommandContext, obj: StoredObject): string | undefined {
  const spec = obj.spec as { paused?: boolean; template?: PodTemplateSpec };
  if (!['Deployment', 'DaemonSet', 'StatefulSet'].includes(obj.kind)) return `error: ${groupResource(context, obj)} "${obj.metadata.name}" restarting is not supported`;
  if (spec.paused) return `error: ${groupResource(context, obj)} "${obj.metadata.name}" can't restart paused deployment (run rollout resume first)`;
  const now = toRFC3339(context.cluster.clock.now());
  if (spec.template?.metadata?.annotations?.[RESTARTED_AT] === now) {
    return `failed to create patch for ${obj.metadata.name}: if restart has already been triggered within the past second, please wait before attempting to trigger another`;
  }
  const template = { ...spec.template, metadata: { ...spec.template?.metadata, annotations: { ...spec.template?.metadata?.annotations, [RESTARTED_AT]: now } } };
  context.cluster.api.update({ ...obj, spec: { ...spec, template } }, { user: context.user });
  context.output.out(`${resourceName(obj)} restarted`);
  return undefined;
}
