/**
 * Applies a command's redirections in order (§2.7). A failure does not end the shell: it prints
 * ash's message (`can't create /x: nonexistent directory`) and the command's status is 1
 * (shell/ash.c redirectsafe). `/dev/stdout`, `/dev/stderr` and `/proc/1/fd/N` are the streams
 * themselves, so `echo hi > /proc/1/fd/1` from an exec reaches `kubectl logs`.
 */
import type { Redirect } from './ast';
import type { Effect, System, Wake } from '../program';
import { FsError } from '../vfs';
import { joinPath } from '../vfs/path';
import { expandString, type ExpansionHost } from './expand';
import { DISCARD, sink, withFd, type Sink, type Streams } from './streams';

type Gen<T> = Generator<Effect, T, Wake>;

export type RedirectResult = { ok: true; streams: Streams } | { ok: false; message: string };

export function* applyRedirects(host: ExpansionHost, sys: System, redirects: readonly Redirect[], start: Streams): Gen<RedirectResult> {
  let streams = start;
  for (const redirect of redirects) {
    const target = redirect.heredoc ? '' : yield* expandString(host, redirect.target);
    const heredoc = redirect.heredoc ? yield* expandString(host, redirect.heredoc.body) : '';
    const result = applyOne(host, sys, redirect, target, heredoc, streams);
    if (!result.ok) return result;
    streams = result.streams;
  }
  return { ok: true, streams };
}

function applyOne(host: ExpansionHost, sys: System, redirect: Redirect, target: string, heredoc: string, streams: Streams): RedirectResult {
  const fd = redirect.fd ?? (redirect.op.startsWith('<') ? 0 : 1);
  switch (redirect.op) {
    case '<<':
    case '<<-':
      return { ok: true, streams: { ...streams, stdin: heredoc } };
    case '>&':
    case '<&':
      return duplicate(streams, fd, target);
    case '<':
    case '<>':
      return readInput(host, target, streams);
    default:
      return openOutput(host, sys, target, redirect.op === '>>', fd, streams);
  }
}

function duplicate(streams: Streams, fd: number, target: string): RedirectResult {
  if (target === '-') return { ok: true, streams: withFd(streams, fd, DISCARD) };
  if (!/^\d+$/.test(target)) return { ok: false, message: `${target}: bad number` };
  const source = Number(target);
  if (fd === 0) return { ok: true, streams };
  const found = streams.fds.get(source);
  if (!found) return { ok: false, message: `${source}: Bad file descriptor` };
  return { ok: true, streams: withFd(streams, fd, found) };
}

function readInput(host: ExpansionHost, target: string, streams: Streams): RedirectResult {
  try {
    return { ok: true, streams: { ...streams, stdin: host.fs.readFile(joinPath(host.state.cwd, target)) } };
  } catch (error) {
    if (!(error instanceof FsError)) throw error;
    return { ok: false, message: `can't open ${target}: ${errmsg(error, 'no such file')}` };
  }
}

function openOutput(host: ExpansionHost, sys: System, target: string, append: boolean, fd: number, streams: Streams): RedirectResult {
  const special = specialFile(target, sys, streams);
  if (special) return { ok: true, streams: withFd(streams, fd, special) };
  const path = joinPath(host.state.cwd, target);
  try {
    host.fs.writeFile(path, '', { append: true });
    if (!append) host.fs.writeFile(path, '');
  } catch (error) {
    if (!(error instanceof FsError)) throw error;
    return { ok: false, message: `can't create ${target}: ${errmsg(error, 'nonexistent directory')}` };
  }
  const write: Sink = (text) => host.fs.writeFile(path, text, { append: true });
  return { ok: true, streams: withFd(streams, fd, write) };
}

function specialFile(target: string, sys: System, streams: Streams): Sink | undefined {
  if (target === '/dev/stdout' || target === '/proc/self/fd/1') return sink(streams, 1);
  if (target === '/dev/stderr' || target === '/proc/self/fd/2') return sink(streams, 2);
  if (target === '/proc/1/fd/1') return sys.pid1Output(1);
  if (target === '/proc/1/fd/2') return sys.pid1Output(2);
  if (target === '/dev/null') return DISCARD;
  return undefined;
}

/** ash's errmsg(): ENOENT and ENOTDIR get a command-specific text, other errors strerror. */
function errmsg(error: FsError, missing: string): string {
  return error.code === 'ENOENT' || error.code === 'ENOTDIR' ? missing : error.message;
}
