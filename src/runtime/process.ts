/**
 * The contract between the kubelet and a running container process. The kubelet calls `resume()`
 * when the process asked to be woken (and right after `signal()`), and schedules the next wake-up
 * on the VirtualClock from the returned state.
 */
import type { ImageSpec } from './images/image-spec';
import type { ListenerTable } from './listeners';
import type { NetworkStack } from './network-stack';
import type { Identity } from './program';
import type { Signal } from './signals';
import type { VirtualFS } from './vfs';

export type ProcessState =
  /** Wake me after `ms` of virtual time (call resume() then). */
  | { state: 'sleeping'; ms: number }
  /** Waiting for a signal only (a server, `sleep infinity`). */
  | { state: 'blocked' }
  | { state: 'exited'; code: number };

export interface Process {
  /**
   * Runs until the process next waits or exits. Safe to call early: a process whose sleep has not
   * ended just reports the remaining time.
   */
  resume(): ProcessState;
  /** Queues a signal; call resume() afterwards to let the process react. */
  signal(signal: Signal): void;
}

/** What the kubelet gives a process: its container's view of the world. */
export interface ProcessContext {
  fs: VirtualFS;
  /** The final environment (image env, then envFrom/env, already resolved). */
  env: Readonly<Record<string, string>>;
  /** Defaults to the image's working directory. */
  cwd?: string;
  hostname: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Virtual milliseconds since the epoch. */
  now(): number;
  network: NetworkStack;
  /** The pod's listening sockets (shared by its containers). */
  listeners: ListenerTable;
  image: ImageSpec;
  identity?: Identity;
  /** The container's declared `ports`, which images without a known server listen on. */
  containerPorts?: readonly { containerPort: number; protocol?: string }[];
  /** Delivers a signal to a process of this container; PID 1 is the main process. */
  kill?(pid: number, signal: Signal): boolean;
  /** PID 1's output streams, when this process is an exec (defaults to stdout/stderr). */
  pid1Output?: { stdout(text: string): void; stderr(text: string): void };
  stdin?: string;
  /**
   * Charges `bytes` held by `process` (its whole usage, replacing what it charged before) to the container's
   * memory cgroup at the process's virtual instant `at`. Absent: memory is not accounted (an exec's test context).
   */
  chargeMemory?(process: object, bytes: number, at: number): void;
}

export type SpawnResult =
  | { ok: true; process: Process }
  /** The CRI error text, e.g. `exec: "sh": executable file not found in $PATH`. */
  | { ok: false; error: string };
