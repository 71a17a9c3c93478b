/**
 * `kubectl top pod|node [NAME | -l label]` (kubectl `pkg/cmd/top/top_pod.go`, `top_node.go`, v1.32) against a
 * cluster with no metrics-server, which is what kubespec's cluster is (like a fresh kind cluster): kubectl checks
 * its arguments and flags, then finds no `metrics.k8s.io` group in discovery and stops with
 * `error: Metrics API not available`. The pod or node named is never looked up, so a missing one fails the
 * same way. Without a subcommand `top` prints its help to stderr and exits 1 (cmdutil.DefaultSubCommandRun).
 */
import type { FlagSpecs, Flags } from '../argv';
import { KubectlError, usageError } from '../errors';
import { NO_FLAGS, type Command } from './command';

const HELP = `Display resource (CPU/memory) usage.

 The top command allows you to see the resource consumption for nodes or pods.

 This command requires Metrics Server to be correctly configured and working on the server.

Available Commands:
  node          Display resource (CPU/memory) usage of nodes
  pod           Display resource (CPU/memory) usage of pods

Usage:
  kubectl top [flags] [options]

Use "kubectl top <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).`;

/** The subcommands, by name and cobra alias, with the one wording that differs between their Validate()s. */
const SUBCOMMANDS: Readonly<Record<string, { use: 'pod' | 'node'; selectorWord: string }>> = {
  pod: { use: 'pod', selectorWord: 'selector' },
  pods: { use: 'pod', selectorWord: 'selector' },
  po: { use: 'pod', selectorWord: 'selector' },
  node: { use: 'node', selectorWord: '--selector' },
  nodes: { use: 'node', selectorWord: '--selector' },
  no: { use: 'node', selectorWord: '--selector' },
};

const SHARED_FLAGS: FlagSpecs = {
  'no-headers': { kind: 'bool' },
  selector: { kind: 'string', short: 'l' },
  'sort-by': { kind: 'string' },
  'use-protocol-buffers': { kind: 'bool' },
};

const FLAGS: Readonly<Record<'pod' | 'node', FlagSpecs>> = {
  pod: {
    ...SHARED_FLAGS,
    'all-namespaces': { kind: 'bool', short: 'A' },
    containers: { kind: 'bool' },
    'field-selector': { kind: 'string' },
    sum: { kind: 'bool' },
  },
  node: { ...SHARED_FLAGS, 'show-capacity': { kind: 'bool' } },
};

export const topCommand: Command = {
  name: 'top',
  subcommands: true,
  flags: NO_FLAGS,
  flagsFor(words) {
    const sub = SUBCOMMANDS[words[0] ?? ''];
    return sub ? FLAGS[sub.use] : NO_FLAGS;
  },
  commandPath(words) {
    const sub = SUBCOMMANDS[words[0] ?? ''];
    return sub ? `kubectl top ${sub.use}` : 'kubectl top';
  },
  run(_context, args, flags) {
    const [name, ...names] = args.positional;
    if (name === undefined) throw new KubectlError(HELP);
    const sub = SUBCOMMANDS[name];
    if (!sub) throw usageError(`unknown command "${args.positional.join(' ')}"\nSee 'kubectl top -h' for help and examples`);
    validate(sub, names, flags);
    throw usageError('Metrics API not available');
  },
};

/** Complete's argument count, then Validate, in kubectl's order. */
function validate(sub: { use: 'pod' | 'node'; selectorWord: string }, names: readonly string[], flags: Flags): void {
  if (names.length > 1) throw usageError(`${sub.use} [NAME | -l label]\nSee 'kubectl top ${sub.use} -h' for help and examples`);
  const sortBy = flags.string('sort-by');
  if (sortBy && sortBy !== 'cpu' && sortBy !== 'memory') throw usageError('--sort-by accepts only cpu or memory');
  // top pod counts a field selector as a selector too; top node has no --field-selector.
  const selected = flags.string('selector') || (sub.use === 'pod' && flags.string('field-selector'));
  if (names.length === 1 && selected) throw usageError(`only one of NAME or ${sub.selectorWord} can be provided`);
}
