/**
 * The kubelet's record of one container the runtime created (`kubecontainer.Status` in
 * `pkg/kubelet/container/runtime.go`), as a class shaped for memory: every running container keeps one
 * for its life. The four state flags share one number, and the termination facts (finishedAt, exitCode,
 * reason, message) live in a record made when the container ends: a running container has none of them.
 * 12 fields (120 B) where an object literal with every field had 18 (168 B).
 */
import type { Container } from '../api/schemas';
import type { ContainerLog } from './logs';
import type { ContainerInstance, ContainerKind } from './pod-state';

const RUNNING = 1;
const HOOK_PENDING = 2;
const STARTUP_PASSED = 4;
const READINESS_PASSED = 8;

/** How a container ended; made when it does (or when it fails to start). */
class ContainerExit {
  finishedAt: number | undefined = undefined;
  exitCode: number | undefined = undefined;
  reason: string | undefined = undefined;
  message: string | undefined = undefined;
}

export class ContainerRecord implements ContainerInstance {
  private flags: number;
  private exit: ContainerExit | undefined;

  /**
   * A container started at `startedAt` from `spec`: its postStart hook pending if it has one, its startup and
   * readiness passed when it has no such probe.
   */
  static running(id: string, containerID: string, name: string, kind: ContainerKind, attempt: number, image: string, imageID: string, spec: Container, startedAt: number, log: ContainerLog): ContainerRecord {
    const flags = RUNNING | (spec.lifecycle?.postStart ? HOOK_PENDING : 0) | (spec.startupProbe ? 0 : STARTUP_PASSED) | (spec.readinessProbe ? 0 : READINESS_PASSED);
    const specImage = spec.image ?? '';
    return new ContainerRecord(id, containerID, name, kind, attempt, image, imageID, specImage, startedAt, log, flags);
  }

  /** A container the runtime created but could not start (`StartError`, exit code 128 at `finishedAt`). */
  static startError(id: string, containerID: string, name: string, kind: ContainerKind, attempt: number, image: string, imageID: string, specImage: string, log: ContainerLog, finishedAt: number, message: string): ContainerRecord {
    const record = new ContainerRecord(id, containerID, name, kind, attempt, image, imageID, specImage, undefined, log, 0);
    const exit = (record.exit = new ContainerExit());
    exit.finishedAt = finishedAt;
    exit.exitCode = 128;
    exit.reason = 'StartError';
    exit.message = message;
    return record;
  }

  private constructor(
    readonly id: string,
    readonly containerID: string,
    readonly name: string,
    readonly kind: ContainerKind,
    readonly attempt: number,
    readonly image: string,
    readonly imageID: string,
    readonly specImage: string,
    readonly startedAt: number | undefined,
    readonly log: ContainerLog,
    flags: number,
  ) {
    this.flags = flags;
    this.exit = undefined;
  }

  get state(): 'running' | 'exited' {
    return this.flags & RUNNING ? 'running' : 'exited';
  }

  set state(value: 'running' | 'exited') {
    this.setFlag(RUNNING, value === 'running');
  }

  get hookPending(): boolean {
    return (this.flags & HOOK_PENDING) !== 0;
  }

  set hookPending(value: boolean) {
    this.setFlag(HOOK_PENDING, value);
  }

  get startupPassed(): boolean {
    return (this.flags & STARTUP_PASSED) !== 0;
  }

  set startupPassed(value: boolean) {
    this.setFlag(STARTUP_PASSED, value);
  }

  get readinessPassed(): boolean {
    return (this.flags & READINESS_PASSED) !== 0;
  }

  set readinessPassed(value: boolean) {
    this.setFlag(READINESS_PASSED, value);
  }

  get finishedAt(): number | undefined {
    return this.exit?.finishedAt;
  }

  set finishedAt(value: number | undefined) {
    this.ended().finishedAt = value;
  }

  get exitCode(): number | undefined {
    return this.exit?.exitCode;
  }

  set exitCode(value: number | undefined) {
    this.ended().exitCode = value;
  }

  get reason(): string | undefined {
    return this.exit?.reason;
  }

  set reason(value: string | undefined) {
    this.ended().reason = value;
  }

  get message(): string | undefined {
    return this.exit?.message;
  }

  set message(value: string | undefined) {
    this.ended().message = value;
  }

  private setFlag(flag: number, on: boolean): void {
    this.flags = on ? this.flags | flag : this.flags & ~flag;
  }

  private ended(): ContainerExit {
    return (this.exit ??= new ContainerExit());
  }
}
