/** The signals a kubespec process can receive, with their Linux numbers (x86-64 `signal(7)`). */
export type Signal = 'SIGHUP' | 'SIGINT' | 'SIGQUIT' | 'SIGKILL' | 'SIGUSR1' | 'SIGUSR2' | 'SIGTERM' | 'SIGWINCH';

export const SIGNAL_NUMBERS: Readonly<Record<Signal, number>> = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGKILL: 9,
  SIGUSR1: 10,
  SIGUSR2: 12,
  SIGTERM: 15,
  SIGWINCH: 28,
};

/** A process killed by a signal reports 128 + its number, as container runtimes do (SIGKILL → 137). */
export function exitCodeForSignal(signal: Signal): number {
  return 128 + SIGNAL_NUMBERS[signal];
}

/** Accepts `TERM`, `SIGTERM`, `sigterm` and `15`, as `trap` and `kill` do. */
export function parseSignal(text: string): Signal | undefined {
  if (/^\d+$/.test(text)) {
    const number = Number(text);
    return (Object.keys(SIGNAL_NUMBERS) as Signal[]).find((signal) => SIGNAL_NUMBERS[signal] === number);
  }
  const upper = text.toUpperCase();
  const name = upper.startsWith('SIG') ? upper : `SIG${upper}`;
  return name in SIGNAL_NUMBERS ? (name as Signal) : undefined;
}
