/**
 * The kubelet's blocking calls (a pod worker waiting for an image pull, a postStart hook, a container to
 * stop) as coroutines on virtual time: a Task is a generator that yields what it waits for, and
 * `runTask` resumes it from a clock event when that happens. This keeps `sync-pod.ts` readable as the
 * straight-line code of `kuberuntime_manager.go` SyncPod while every wait costs one clock event.
 */
import type { ScheduledEventId, VirtualClock } from '../clock';

export type Suspend =
  | { readonly kind: 'sleep'; readonly ms: number }
  /** Waits until `wake` is called; `subscribe` returns how to stop listening. */
  | { readonly kind: 'wait'; readonly subscribe: (wake: () => void) => () => void };

export type Task<T = void> = Generator<Suspend, T, void>;

export function* sleep(ms: number): Task {
  if (ms > 0) yield { kind: 'sleep', ms };
}

export function* waitFor(subscribe: (wake: () => void) => () => void): Task {
  yield { kind: 'wait', subscribe };
}

export interface TaskHandle {
  readonly done: boolean;
  /** Abandons the task (its `finally` blocks run); its completion callback is not called. */
  cancel(): void;
}

/** Drives `task` on the clock, starting now (synchronously); `onDone` gets its result. */
export function runTask<T>(clock: VirtualClock, label: string, task: Task<T>, onDone: (value: T) => void = () => {}): TaskHandle {
  const driver = new TaskDriver(clock, label, task, onDone);
  driver.step();
  return driver;
}

/** What a finished driver points to instead of its coroutine, so that a kept handle retains nothing. */
const FINISHED: Task<never> = (function* () {})() as Task<never>;

class TaskDriver<T> implements TaskHandle {
  private timer: ScheduledEventId | undefined;
  private unsubscribe: (() => void) | undefined;
  private finished = false;

  constructor(
    private readonly clock: VirtualClock,
    private readonly label: string,
    private task: Task<T>,
    private onDone: (value: T) => void,
  ) {}

  get done(): boolean {
    return this.finished;
  }

  step(): void {
    this.timer = undefined;
    this.unsubscribe = undefined;
    if (this.finished) return;
    const result = this.task.next();
    if (result.done) {
      const onDone = this.onDone;
      this.release();
      onDone(result.value);
      return;
    }
    const suspend = result.value;
    if (suspend.kind === 'sleep') {
      this.timer = this.clock.schedule(suspend.ms, this.label, () => this.step());
      return;
    }
    let woken = false;
    const stop = suspend.subscribe(() => {
      if (woken || this.finished) return;
      woken = true;
      this.unsubscribe?.();
      this.unsubscribe = undefined;
      // Resume from a fresh clock event: the waker may be in the middle of its own bookkeeping.
      this.timer = this.clock.schedule(0, this.label, () => this.step());
    });
    if (woken) stop();
    else this.unsubscribe = stop;
  }

  cancel(): void {
    if (this.finished) return;
    const task = this.task;
    this.release();
    this.clock.cancel(this.timer);
    this.unsubscribe?.();
    task.return(undefined as T);
  }

  private release(): void {
    this.finished = true;
    this.task = FINISHED;
    this.onDone = noop;
  }
}

function noop(): void {}

/** Runs tasks side by side (the kubelet kills a pod's containers in parallel) and waits for all of them. */
export function* allOf(clock: VirtualClock, label: string, tasks: readonly Task[]): Task {
  let remaining = tasks.length;
  if (remaining === 0) return;
  const listeners: (() => void)[] = [];
  const handles = tasks.map((task) =>
    runTask(clock, label, task, () => {
      remaining--;
      if (remaining === 0) for (const wake of listeners) wake();
    }),
  );
  try {
    if (remaining > 0) {
      yield* waitFor((wake) => {
        listeners.push(wake);
        return () => listeners.splice(listeners.indexOf(wake), 1);
      });
    }
  } finally {
    for (const handle of handles) handle.cancel();
  }
}

/** Runs `task` until it finishes or `timeoutMs` passes, whichever is first; an unfinished task is abandoned. */
export function* withDeadline<T>(clock: VirtualClock, label: string, task: Task<T>, timeoutMs: number): Task<{ finished: true; value: T } | { finished: false }> {
  let outcome: { finished: true; value: T } | undefined;
  let notify: (() => void) | undefined;
  const handle = runTask(clock, label, task, (value) => {
    outcome = { finished: true, value };
    notify?.();
  });
  if (outcome) return outcome;
  const timer = clock.schedule(timeoutMs, `${label} deadline`, () => notify?.());
  try {
    yield* waitFor((wake) => {
      notify = wake;
      return () => (notify = undefined);
    });
    return outcome ?? { finished: false };
  } finally {
    clock.cancel(timer);
    handle.cancel();
  }
}
