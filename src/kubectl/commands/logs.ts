/**
 * `kubectl logs (POD | TYPE/NAME) [CONTAINER] [-c C] [-p] [--tail N] [--timestamps] [-l selector]
 * [--all-containers] [--prefix]` (kubectl `pkg/cmd/logs/logs.go`, v1.32). The kubelet answers with the
 * container's log or the apiserver's BadRequest (`container "web" in pod "web" is waiting to start:
 * ContainerCreating`). `-f` prints what is there and returns: a scenario cannot wait on a stream.
 */
import { parseLabelSelector, type StoredObject } from '../../api';
import type { Pod } from '../../api/schemas';
import { kubelets } from '../../cluster';
import type { Flags } from '../argv';
import type { CommandContext } from '../context';
import { KubectlError, usageError } from '../errors';
import type { Command } from './command';
import { allContainerNames, defaultContainer, podsMatching, resolveTarget, sortByLogging } from './pod-for-object';

const USAGE = "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples";
/** With a selector, kubectl shows the last 10 lines of each pod unless --tail says otherwise. */
const SELECTOR_TAIL = 10;

export const logsCommand: Command = {
  name: 'logs',
  flags: {
    container: { kind: 'string', short: 'c' },
    previous: { kind: 'bool', short: 'p' },
    follow: { kind: 'bool', short: 'f' },
    tail: { kind: 'int', default: -1 },
    timestamps: { kind: 'bool' },
    selector: { kind: 'string', short: 'l' },
    'all-containers': { kind: 'bool' },
    prefix: { kind: 'bool' },
    'max-log-requests': { kind: 'int', default: 5 },
    'pod-running-timeout': { kind: 'string' },
    'ignore-errors': { kind: 'bool' },
  },
  run(context, args, flags) {
    const [target, inlineContainer, ...extra] = args.positional;
    if (flags.has('selector') && target) throw usageError("only a selector (-l) or a POD name is allowed\nSee 'kubectl logs -h' for help and examples");
    if (!flags.has('selector') && (!target || extra.length > 0)) throw usageError(USAGE);
    if (inlineContainer && flags.has('container')) throw usageError('only one of -c or an inline [CONTAINER] arg is allowed');
    const container = flags.string('container') ?? inlineContainer;
    if (container && flags.bool('all-containers')) throw usageError(`--all-containers=true should not be specified with container name ${container}`);
    const pods = flags.has('selector') ? sortByLogging(podsMatching(context, parseLabelSelector(flags.string('selector')!))) : [resolveTarget(context, target!)];
    if (pods.length === 0) return context.output.err('No resources found in ' + context.namespace + ' namespace.');
    for (const pod of pods) printPodLogs(context, pod, container, flags);
  },
};

function printPodLogs(context: CommandContext, pod: StoredObject<Pod>, container: string | undefined, flags: Flags): void {
  const names = flags.bool('all-containers') ? [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])].map((c) => c.name ?? '') : [container ?? defaultContainer(context, pod, flags.has('selector'))];
  for (const name of names) {
    const known = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])].some((c) => c.name === name);
    if (!known) throw new KubectlError(`error: container ${name} is not valid for pod ${pod.metadata.name} out of: ${allContainerNames(pod)}`);
    context.cluster.api.authorizeRequest(context.user, { verb: 'get', apiGroup: '', resource: 'pods', subresource: 'log', namespace: pod.metadata.namespace, name: pod.metadata.name });
    const tail = flags.int('tail')!;
    const result = kubelets(context.cluster).containerLogs(pod, {
      container: name,
      previous: flags.bool('previous'),
      tail: tail === -1 && flags.has('selector') && !flags.has('tail') ? SELECTOR_TAIL : tail,
      timestamps: flags.bool('timestamps'),
    });
    if (!result.ok) throw new KubectlError(`Error from server (BadRequest): ${result.error}`);
    const prefix = flags.bool('prefix') ? `[pod/${pod.metadata.name}/${name}] ` : '';
    context.output.raw(prefix ? result.text.replace(/^(?=.)/gm, prefix) : result.text);
  }
}
