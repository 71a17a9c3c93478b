/**
 * `kubespec sim MANIFEST... [--for 5m] [--nodes N]`: a quick look without writing a feature. Applies the
 * manifests to a fresh default cluster through the kubectl emulator, lets virtual time pass, then prints
 * `kubectl get all,pv,pvc -A` and the timeline of what happened after the apply.
 */
import { statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { TimelineEntry } from '../api';
import { Cluster, formatTimeline } from '../cluster';
import { goDuration } from '../clock';
import { Kubectl, SandboxedFiles } from '../kubectl';
import { err, out, type CliIO } from './cli-io';
import { durationOption } from './duration-option';
import { HELP } from './help-text';
import { integerOption, parseOptions, stringOption } from './parse-options';
import { requireExistingPaths } from './paths';
import { EXIT_FAILED, EXIT_PASSED, UsageError } from './usage-error';

const OPTIONS = {
  for: { kind: 'string' },
  nodes: { kind: 'string' },
  seed: { kind: 'string' },
  'timeline-limit': { kind: 'string' },
  help: { kind: 'boolean', short: 'h' },
} as const;

export async function simCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseOptions('sim', argv, OPTIONS);
  if (parsed.values.help) return (out(io, HELP.sim), EXIT_PASSED);
  if (parsed.positionals.length === 0) throw new UsageError('give at least one manifest file or folder', 'sim');
  requireExistingPaths(parsed.positionals, io.cwd, 'sim', 'manifest');
  const forMs = durationOption(stringOption(parsed, 'for') ?? '5m', 'for', 'sim');
  const limit = integerOption(parsed, 'timeline-limit', 'sim', 1) ?? 200;
  const cluster = new Cluster({ nodes: integerOption(parsed, 'nodes', 'sim', 1) ?? 1, seed: integerOption(parsed, 'seed', 'sim') ?? 1 });
  const firstEntry = cluster.timeline.all().length;
  const applied = parsed.positionals.map((path) => applyManifest(cluster, resolve(io.cwd, path), path, io));
  try {
    cluster.advance(forMs);
  } catch (error) {
    err(io, `kubespec sim: the simulation stopped: ${(error as Error).message}\n`);
    return EXIT_FAILED;
  }
  const state = new Kubectl({ cluster, files: new SandboxedFiles() }).run('kubectl get all,pv,pvc -A');
  out(io, `\n# after ${goDuration(forMs)} of virtual time: kubectl get all,pv,pvc -A\n${state.stdout}${state.stderr}`);
  out(io, `\n# ${formatTimeline(interesting(cluster.timeline.all().slice(firstEntry)).slice(-limit))}`);
  return applied.every(Boolean) ? EXIT_PASSED : EXIT_FAILED;
}

/** Runs `kubectl apply -f NAME` in the manifest's own folder, so kubectl's messages name the file as given. */
function applyManifest(cluster: Cluster, absolute: string, shown: string, io: CliIO): boolean {
  const folder = statSync(absolute).isDirectory() ? absolute : dirname(absolute);
  const target = folder === absolute ? '.' : basename(absolute);
  const result = new Kubectl({ cluster, files: new SandboxedFiles(folder) }).run(`kubectl apply -f ${JSON.stringify(target)}`);
  out(io, `$ kubectl apply -f ${shown}\n${result.stdout}`);
  if (result.stderr) err(io, result.stderr);
  return result.exitCode === 0;
}

/** Node and Lease heartbeats, and a component's note repeating itself (a periodic scan), say nothing new. */
function interesting(entries: readonly TimelineEntry[]): TimelineEntry[] {
  const notes = new Set<string>();
  return entries.filter((e) => {
    if (e.type === 'MODIFIED' && /^(Node|Lease) /.test(e.object)) return false;
    if (e.type !== 'note') return true;
    const key = `${e.object}\u0000${e.text}`;
    return !notes.has(key) && Boolean(notes.add(key));
  });
}
