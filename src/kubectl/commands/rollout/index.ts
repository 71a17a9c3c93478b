/**
 * `kubectl rollout SUBCOMMAND` (k8s.io/kubectl/pkg/cmd/rollout): status, history, undo, pause, resume and
 * restart over Deployments, DaemonSets and StatefulSets. Without a known subcommand it behaves as cobra's
 * parent command does: help with no arguments, `unknown command` for a stray argument, and a flag error
 * for flags that only the subcommands have (`kubectl rollout deploy/web --revision=2`).
 */
import type { FlagSpecs } from '../../argv';
import type { CommandContext } from '../../context';
import { KubectlError } from '../../errors';
import { NO_FLAGS, type Command } from '../command';
import { historySubcommand } from './history';
import { pauseSubcommand, resumeSubcommand } from './pause-resume';
import { restartSubcommand } from './restart';
import { statusSubcommand } from './status';
import { rejectUnknownFlags, type RolloutSubcommand } from './subcommand';
import { undoSubcommand } from './undo';

const SUBCOMMANDS: readonly RolloutSubcommand[] = [historySubcommand, pauseSubcommand, restartSubcommand, resumeSubcommand, statusSubcommand, undoSubcommand];

const FLAGS: FlagSpecs = {
  filename: { kind: 'stringArray', short: 'f' },
  recursive: { kind: 'bool', short: 'R' },
  kustomize: { kind: 'string', short: 'k' },
  selector: { kind: 'string', short: 'l' },
  output: { kind: 'string', short: 'o' },
  template: { kind: 'string' },
  'allow-missing-template-keys': { kind: 'bool' },
  'show-managed-fields': { kind: 'bool' },
  'field-manager': { kind: 'string' },
  watch: { kind: 'bool', short: 'w' },
  revision: { kind: 'int' },
  'to-revision': { kind: 'int' },
  timeout: { kind: 'string' },
  'dry-run': { kind: 'string', noOptDefault: 'unchanged' },
};

export const rolloutCommand: Command = {
  name: 'rollout',
  subcommands: true,
  flags: FLAGS,
  parentFlags: NO_FLAGS,
  commandPath(words) {
    const subcommand = SUBCOMMANDS.find((s) => s.name === words[0]);
    return subcommand ? `kubectl rollout ${subcommand.name}` : 'kubectl rollout';
  },
  run(context, args, flags) {
    const [name, ...rest] = args.positional;
    const subcommand = SUBCOMMANDS.find((s) => s.name === name);
    if (!subcommand) return parentCommand(context, args.positional, args);
    rejectUnknownFlags(args, subcommand.flags, `kubectl rollout ${subcommand.name}`);
    subcommand.run(context, { ...args, positional: rest }, flags);
  },
};

function parentCommand(context: CommandContext, positional: string[], args: Parameters<Command['run']>[1]): void {
  rejectUnknownFlags(args, [], 'kubectl rollout');
  if (positional.length > 0) throw new KubectlError(`error: unknown command "${positional.join(' ')}"\nSee 'kubectl rollout -h' for help and examples`);
  context.output.raw(HELP);
  throw new KubectlError('');
}

const HELP = `Manage the rollout of one or many resources.
        
 Valid resource types include:

  *  deployments
  *  daemonsets
  *  statefulsets

Examples:
  # Rollback to the previous deployment
  kubectl rollout undo deployment/abc
  
  # Check the rollout status of a daemonset
  kubectl rollout status daemonset/foo
  
  # Restart a deployment
  kubectl rollout restart deployment/abc
  
  # Restart deployments with the 'app=nginx' label
  kubectl rollout restart deployment --selector=app=nginx

Available Commands:
  history       View rollout history
  pause         Mark the provided resource as paused
  restart       Restart a resource
  resume        Resume a paused resource
  status        Show the status of the rollout
  undo          Undo a previous rollout

Usage:
  kubectl rollout SUBCOMMAND [options]

Use "kubectl rollout <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;
