/**
 * `kubectl exec (POD | TYPE/NAME) [-c CONTAINER] [-i] [-t] -- COMMAND [args...]` (kubectl
 * `pkg/cmd/exec/exec.go`, v1.32): the command runs in the container to completion (on a timeline of its
 * own, so it does not move the cluster's clock); its output is printed and a non-zero exit becomes
 * `command terminated with exit code N` with that exit code. A container that is not running answers
 * `error: unable to upgrade connection: container not found ("web")`.
 *
 * The scenario's kubectl has no terminal, so `-t` never gets one: with `-i`, kubectl's setupTTY warns
 * `Unable to use a TTY - input is not a terminal or the right kind of file` (unless --quiet) and runs without a
 * TTY; without `-i` it drops `-t` silently. Either way the container's stdout and stderr stay apart, as in a
 * script or CI job that pastes `kubectl exec -it`.
 */
import { kubelets } from '../../cluster';
import { goDuration } from '../../clock';
import { KubectlError, usageError } from '../errors';
import type { Command } from './command';
import { defaultContainer, resolveTarget } from './pod-for-object';
import { setUpTty } from './stream-tty';

export const execCommand: Command = {
  name: 'exec',
  flags: {
    container: { kind: 'string', short: 'c' },
    stdin: { kind: 'bool', short: 'i' },
    tty: { kind: 'bool', short: 't' },
    quiet: { kind: 'bool', short: 'q' },
    filename: { kind: 'stringArray', short: 'f' },
    'pod-running-timeout': { kind: 'string' },
  },
  run(context, args, flags) {
    const words = args.positional;
    if (!args.sawDash && words.length > 1) throw usageError("exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples");
    if (words.length === 0) throw usageError('pod, type/name or --filename must be specified');
    if (args.afterDash.length === 0) throw usageError('you must specify at least one command for the container');
    const pod = resolveTarget(context, words[0]!);
    const phase = pod.status?.phase;
    if (phase === 'Succeeded' || phase === 'Failed') throw usageError(`cannot exec into a container in a completed pod; current phase is ${phase}`);
    const container = flags.string('container') ?? defaultContainer(context, pod, flags.bool('quiet'));
    // SetupTTY runs after the container is chosen and before the connection is upgraded (exec.go Run).
    setUpTty(context, flags);
    context.cluster.api.authorizeRequest(context.user, { verb: 'create', apiGroup: '', resource: 'pods', subresource: 'exec', namespace: pod.metadata.namespace, name: pod.metadata.name });
    const outcome = kubelets(context.cluster).exec(pod, container, args.afterDash, flags.bool('stdin') ? (context.stdin ?? '') : '');
    if (!outcome.ok) throw new KubectlError(outcome.kind === 'apiserver' ? `Error from server (BadRequest): ${outcome.error}` : `error: unable to upgrade connection: ${outcome.error}`);
    const { result } = outcome;
    if (result.error) throw new KubectlError(`error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec: ${result.error}`);
    context.output.raw(result.stdout);
    if (result.stderr) context.output.stderr += result.stderr;
    if (result.timedOut) throw new KubectlError(`error: kubespec stopped the command after ${goDuration(10 * 60_000)} of virtual time`);
    if (result.exitCode !== 0) throw new KubectlError(`command terminated with exit code ${result.exitCode}`, result.exitCode);
  },
};
