/**
 * The seam between the kubelet and the container runtime (the CRI, `pkg/kubelet/container/runtime.go`),
 * reduced to what kubespec's kubelet calls. `simulated-runtime.ts` implements it on `src/runtime`
 * processes and the VirtualClock; kubelet tests can script it instead (style.md §8: narrow side-effect seams).
 */
import type { Identity, ImageSpec, ListenerTable, NetworkStack, Signal, VirtualFS } from '../runtime';
import type { ContainerLog } from './logs';

export interface ContainerStartSpec {
  readonly podUid: string;
  readonly name: string;
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
  readonly image: ImageSpec;
  /** The container's root filesystem with its volumes and kubelet-managed files already mounted. */
  readonly fs: VirtualFS;
  readonly hostname: string;
  readonly network: NetworkStack;
  readonly containerPorts?: readonly { containerPort: number; protocol?: string }[];
  readonly identity?: Identity;
  readonly log: ContainerLog;
}

export type StartResult =
  | { readonly ok: true; readonly id: string }
  /** containerd's error text, e.g. `exec: "sh": executable file not found in $PATH`. */
  | { readonly ok: false; readonly message: string };

export interface ExecResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The command was still running when its time ran out. */
  readonly timedOut: boolean;
  /** The exec could not start (OCI runtime exec failed). */
  readonly error?: string;
}

export interface ExecOptions {
  /** Virtual time the command may take; undefined: the runtime's own bound. */
  readonly timeoutMs?: number;
  readonly stdin?: string;
}

/**
 * Told when a container's main process ends (what the PLEG reports as ContainerDied). An object rather than a
 * callback: the runtime keeps it for the container's life, and the kubelet's pod worker is one already, where a
 * closure over the start's variables cost ≈ 110 B per container.
 */
export interface ContainerExitListener {
  /** `reason` is containerd's for an exit it knows more about: `OOMKilled` when the cgroup's OOM killer ended it. */
  processExited(containerId: string, exitCode: number, reason?: ContainerExitReason): void;
  /**
   * The container's memory limit in bytes (`resources.limits.memory`, the cgroup's `memory.max`), undefined for
   * none. The kubelet hands it to CreateContainer; kubespec's runtime asks for it on the container's first memory
   * charge instead, so that containers whose programs never report memory keep nothing for it.
   */
  memoryLimit?(containerName: string): number | undefined;
}

/** containerd's reason for an exit (`oomExitReason` in its CRI plugin's events handler). */
export type ContainerExitReason = 'OOMKilled';

export interface ContainerRuntime {
  /** RunPodSandbox: the pod's network namespace, whose listening sockets its containers share. */
  runPodSandbox(podUid: string): ListenerTable;
  /** StopPodSandbox + RemovePodSandbox: whatever still runs in the pod is killed without grace. */
  stopPodSandbox(podUid: string): void;
  /** CreateContainer + StartContainer; `listener` is told once, when the main process ends. */
  startContainer(spec: ContainerStartSpec, listener: ContainerExitListener): StartResult;
  /** Delivers a signal to the container's main process (StopContainer sends STOPSIGNAL, then SIGKILL). */
  signal(containerId: string, signal: Signal): void;
  isRunning(containerId: string): boolean;
  /** The main process ends now with this exit code (a scenario's `When container "x" of pod "y" exits with code N`). */
  forceExit(containerId: string, exitCode: number): void;
  /** ExecSync: runs to completion at once, on a private timeline that does not move the cluster clock. */
  exec(containerId: string, argv: readonly string[], options?: ExecOptions): ExecResult;
  /** Exec on the cluster clock (lifecycle hooks take real virtual time); returns a cancel function. */
  execAsync(containerId: string, argv: readonly string[], onDone: (result: ExecResult) => void): () => void;
}
