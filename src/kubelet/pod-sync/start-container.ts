/**
 * Starting one container (`pkg/kubelet/kuberuntime/kuberuntime_container.go` startContainer, with the
 * CrashLoopBackOff check of kuberuntime_manager.go doBackOff): back-off → image → environment → create
 * (`Created`) → start (`Started`) → postStart, which keeps the container out of the API's view until it
 * returns and kills it when it fails. Each failure is cached as the container's waiting reason.
 */
import type { Container, Pod } from '../../api/schemas';
import { goDuration } from '../../clock';
import { lookupImage, resolveContainerConfig, expandKubeletVars, type MountSource } from '../../runtime';
import type { PodVolume } from '../../storage';
import { registryCredentialsFor, resolveContainerEnv } from '../../storage/config';
import { createdMessage, startedMessage } from '../kubelet-events';
import { formatPod, runLifecycleHandler } from '../lifecycle-hooks';
import { ContainerRecord } from '../container-record';
import { ContainerLog } from '../logs';
import { podNames } from '../pod-files';
import type { ContainerExitReason } from '../container-runtime';
import type { ContainerInstance, ContainerKind } from '../pod-state';
import { serviceEnvironment } from '../service-env';
import type { Task } from '../task';
import { killContainer, podGracePeriod } from '../termination';
import { buildContainerFilesystem } from './container-filesystem';
import { containerIdentity } from './container-identity';
import { extraSupplementalGroups } from './volume-gids';
import type { PodContext } from './pod-context';

export function* startContainer(context: PodContext, pod: Pod, container: Container, kind: ContainerKind, volumes: ReadonlyMap<string, PodVolume<MountSource>>): Task<boolean> {
  const name = container.name ?? '';
  if (inCrashLoopBackOff(context, pod, container)) return false;
  const { node, state } = context;
  const pulled = yield* node.images.ensureImageExists(pod, container, registryCredentialsFor(pod, node.api.store));
  if (!pulled.ok) return fail(context, pod, name, pulled.reason, pulled.message, pulled.reason);
  const env = resolveContainerEnv(withAddresses(context, pod, container), container, node.api.store, serviceEnvironment(pod, node.api.store), { nodeAllocatable: node.nodeAllocatable() });
  if ('error' in env) return fail(context, pod, name, env.error.reason, env.error.message, env.error.message);
  const image = lookupImage(container.image ?? '');
  const { hostname } = podNames(pod);
  const config = resolveContainerConfig(image, { command: expand(container.command, env.env), args: expand(container.args, env.env), env: env.env, workingDir: container.workingDir }, hostname);
  const network = node.network;
  const filesystem = buildContainerFilesystem({ pod, container, image, env: config.env, volumes, podIP: state.sandbox?.podIP, resolvConf: network.resolvConf(pod), now: node.now });
  const log = new ContainerLog();
  if ('error' in filesystem) {
    // runc mounts the volumes when containerd creates the task, in CRI's StartContainer: the container exists
    // (`Created`), then fails to start, so a volume mounted onto the wrong kind of path is a StartError.
    node.events.container(pod, name, 'Normal', 'Created', createdMessage(name));
    return startFailed(context, pod, container, kind, pulled, log, filesystem.error);
  }
  const identity = containerIdentity(pod, container, () => filesystem.fs.regularFile('/etc/passwd')?.content, extraSupplementalGroups(pod, node.api.store));
  if (identity) filesystem.fs.creator = { uid: identity.uid, gid: identity.gid };
  node.events.container(pod, name, 'Normal', 'Created', createdMessage(name));
  const started = node.runtime.startContainer(
    { podUid: state.uid, name, argv: config.argv, env: config.env, cwd: config.cwd, image, fs: filesystem.fs, hostname, network: context.networkStack(), containerPorts: portsOf(container), identity, log },
    context,
  );
  if (!started.ok) return startFailed(context, pod, container, kind, pulled, log, started.message);
  const attempt = state.nextAttempt(name);
  const instance = ContainerRecord.running(started.id, CONTAINERD + started.id, name, kind, attempt, pulled.image, pulled.imageID, container, node.clock.now(), log);
  state.add(instance);
  state.clearFailure(name);
  node.events.container(pod, name, 'Normal', 'Started', startedMessage(name));
  if (container.lifecycle?.postStart) return yield* postStart(context, pod, container, instance);
  announceStart(context, instance);
  return true;
}

function* postStart(context: PodContext, pod: Pod, container: Container, instance: ContainerInstance): Task<boolean> {
  const error = yield* runLifecycleHandler({ pod, instance, runtime: context.node.runtime, target: context.probeTarget(instance) }, container.lifecycle!.postStart!);
  instance.hookPending = false;
  if (error === undefined) {
    announceStart(context, instance);
    return true;
  }
  // The event omits the hook's output so that secrets do not leak; the status message carries it.
  context.node.events.container(pod, instance.name, 'Warning', 'FailedPostStartHook', 'PostStartHook failed');
  yield* killContainer(context, pod, instance, 'FailedPostStartHook', podGracePeriod(pod));
  context.state.setFailure(instance.name, { reason: 'PostStartHookError', message: error });
  context.statusChanged();
  return false;
}

/** The API's containerID prefix; the instance keeps `CONTAINERD + id`, a two-piece string sharing the id's characters. */
const CONTAINERD = 'containerd://';

function announceStart(context: PodContext, instance: ContainerInstance): void {
  context.statusChanged();
  context.containerStarted();
  context.node.prober.triggerReadiness(context.state.uid, instance.name);
}

/**
 * The runtime reports that a container's main process ended (`PodContext.processExited`). The instance is
 * found by its id: an exit is reported from a clock event after the start recorded it, and an instance is
 * dropped from the state only once two newer ones of its name started, each after the one before had exited.
 * An OOM kill comes with containerd's reason `OOMKilled`, which the status shows as the terminated reason.
 */
export function containerProcessExited(context: PodContext, containerId: string, code: number, reason?: ContainerExitReason): void {
  const instance = context.state.findById(containerId);
  if (!instance) return;
  // The runtime's reason wins over the kubelet's own Completed/Error (containerd's status carries it).
  if (reason !== undefined && instance.state !== 'exited') instance.reason = reason;
  context.state.markExited(instance, code, context.node.clock.now());
  context.containerExited(instance);
}

/** doBackOff: a container that exited restarts only once its back-off since `finishedAt` has passed. */
function inCrashLoopBackOff(context: PodContext, pod: Pod, container: Container): boolean {
  const { node, state } = context;
  const latest = state.latest(container.name ?? '');
  if (!latest || latest.state !== 'exited' || latest.finishedAt === undefined) return false;
  const key = `${pod.metadata.name}_${pod.metadata.namespace}_${pod.metadata.uid}_${container.name}_${container.image}`;
  const now = node.clock.now();
  if (!node.crashBackOff.isInBackOffSince(key, latest.finishedAt, now)) {
    node.crashBackOff.next(key, latest.finishedAt, now);
    return false;
  }
  const name = container.name ?? '';
  node.events.container(pod, name, 'Warning', 'BackOff', `Back-off restarting failed container ${name} in pod ${formatPod(pod)}`);
  state.setFailure(name, { reason: 'CrashLoopBackOff', message: `back-off ${goDuration(node.crashBackOff.get(key))} restarting failed container=${name} pod=${formatPod(pod)}` });
  return true;
}

/** The runtime created the container but could not start it: a `StartError` record (exit code 128) and `RunContainerError`. */
function startFailed(context: PodContext, pod: Pod, container: Container, kind: ContainerKind, pulled: { image: string; imageID: string }, log: ContainerLog, message: string): false {
  const { node, state } = context;
  const name = container.name ?? '';
  const attempt = state.nextAttempt(name);
  const id = startErrorId(context);
  state.add(ContainerRecord.startError(id, CONTAINERD + id, name, kind, attempt, pulled.image, pulled.imageID, container.image ?? '', log, node.clock.now(), message));
  return fail(context, pod, name, 'RunContainerError', message, message);
}

/** Records a start failure: a `Failed` event `Error: <what>` and the waiting reason the status shows. */
function fail(context: PodContext, pod: Pod, name: string, reason: string, message: string, eventText: string): false {
  context.node.events.container(pod, name, 'Warning', 'Failed', `Error: ${eventText}`);
  context.state.setFailure(name, { reason, message });
  context.statusChanged();
  return false;
}

/**
 * The downward API sees the addresses the kubelet knows, even before the API status shows them. Only a
 * `fieldRef` reads the pod's status: a container without one gets the pod as it is (no copy per start).
 */
function withAddresses(context: PodContext, pod: Pod, container: Container): Pod {
  if (!container.env?.some((variable) => variable.valueFrom?.fieldRef)) return pod;
  const hostIP = context.node.hostIP();
  const podIP = pod.spec?.hostNetwork ? hostIP : context.state.sandbox?.podIP;
  return { ...pod, status: { ...pod.status, hostIP, hostIPs: [{ ip: hostIP }], ...(podIP ? { podIP, podIPs: [{ ip: podIP }] } : {}) } };
}

function expand(values: readonly string[] | undefined, env: Readonly<Record<string, string>>): string[] | undefined {
  return values?.map((value) => expandKubeletVars(value, env));
}

function portsOf(container: Container): readonly ContainerPort[] {
  const ports = container.ports;
  if (!ports || ports.length === 0) return NO_PORTS;
  if (!Object.isFrozen(ports)) return runtimePorts(ports);
  // Per stored (frozen) ports list: every pod of a template shares it, and the runtime only reads the result.
  let result = RUNTIME_PORTS.get(ports);
  if (!result) RUNTIME_PORTS.set(ports, (result = Object.freeze(runtimePorts(ports))));
  return result;
}

type ContainerPort = { readonly containerPort: number; readonly protocol?: string };

function runtimePorts(ports: NonNullable<Container['ports']>): ContainerPort[] {
  return ports.map((p) => (p.protocol ? { containerPort: p.containerPort ?? 0, protocol: p.protocol } : { containerPort: p.containerPort ?? 0 }));
}

const NO_PORTS: readonly ContainerPort[] = Object.freeze([]);
const RUNTIME_PORTS = new WeakMap<object, readonly ContainerPort[]>();

/** A container that failed to start still has a runtime ID; the simulated runtime allocates none, so derive one. */
function startErrorId(context: PodContext): string {
  const seed = `${context.state.uid}${context.node.clock.now()}${context.state.instanceCount()}`;
  let id = '';
  for (let i = 0; id.length < 64; i++) id += ((seed.charCodeAt(i % seed.length) * 31 + i * 7) % 16).toString(16);
  return id;
}
