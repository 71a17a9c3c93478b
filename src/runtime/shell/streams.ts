/** A command's standard streams: stdin is text read up front; outputs are sinks by file descriptor. */
export type Sink = (text: string) => void;

export interface Streams {
  stdin: string;
  /** Always has 1 and 2; other descriptors appear through redirections like `3>file`. */
  fds: ReadonlyMap<number, Sink>;
}

export const DISCARD: Sink = () => undefined;

export function sink(streams: Streams, fd: number): Sink {
  return streams.fds.get(fd) ?? DISCARD;
}

export function withFd(streams: Streams, fd: number, target: Sink): Streams {
  const fds = new Map(streams.fds);
  fds.set(fd, target);
  return { ...streams, fds };
}

/** Streams whose stdout is collected into a buffer (pipes and `$(…)`). */
export function capturing(streams: Streams, stdin: string): { streams: Streams; output: () => string } {
  const chunks: string[] = [];
  return { streams: { ...withFd(streams, 1, (text) => chunks.push(text)), stdin }, output: () => chunks.join('') };
}
