/** The kubectl verbs kubespec implements, looked up by name or alias. */
import type { Command } from './command';
import { applyCommand } from './apply';
import { authCommand } from './auth';
import { cordonCommand, uncordonCommand } from './cordon';
import { createCommand } from './create';
import { deleteCommand } from './delete';
import { describeCommand } from './describe';
import { drainCommand } from './drain';
import { exposeCommand } from './expose';
import { execCommand } from './exec';
import { logsCommand } from './logs';
import { getCommand } from './get';
import { apiResourcesCommand, versionCommand } from './info';
import { annotateCommand, labelCommand } from './metadata-edit';
import { patchCommand } from './patch';
import { replaceCommand } from './replace';
import { rollingUpdateCommand } from './rolling-update';
import { rolloutCommand } from './rollout';
import { scaleCommand } from './scale';
import { setCommand } from './set';
import { taintCommand } from './taint';
import { runCommand } from './run';
import { topCommand } from './top';
import { waitCommand } from './wait';

const COMMANDS: readonly Command[] = [
  annotateCommand,
  apiResourcesCommand,
  applyCommand,
  authCommand,
  cordonCommand,
  createCommand,
  deleteCommand,
  describeCommand,
  drainCommand,
  execCommand,
  exposeCommand,
  getCommand,
  labelCommand,
  logsCommand,
  patchCommand,
  replaceCommand,
  rollingUpdateCommand,
  rolloutCommand,
  runCommand,
  scaleCommand,
  setCommand,
  taintCommand,
  topCommand,
  uncordonCommand,
  versionCommand,
  waitCommand,
];

const byName = new Map<string, Command>(COMMANDS.flatMap((c) => [[c.name, c] as const, ...(c.aliases ?? []).map((a) => [a, c] as const)]));

export function findCommand(name: string): Command | undefined {
  return byName.get(name);
}

export function registerCommand(command: Command): void {
  byName.set(command.name, command);
  for (const alias of command.aliases ?? []) byName.set(alias, command);
}
