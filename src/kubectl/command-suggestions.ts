/**
 * cobra's "Did you mean this?" for an unknown kubectl command (spf13/cobra command.go `findSuggestions` and
 * `SuggestionsFor`): every available root command whose name is within Levenshtein distance 2 of the typed
 * word (case ignored) or starts with it, plus those that list the word in their `SuggestFor`, in the order
 * kubectl's NewKubectlCommand adds them. kubectl 1.32's own commands are listed, not the ones kubespec
 * implements: a typo is suggested the command real kubectl would suggest. `alpha` (no subcommands in 1.32)
 * and `help` are not available commands, so never suggested.
 */

/** kubectl 1.32's root commands in AddCommand order (the help groups, then config…options). */
const ROOT_COMMANDS: readonly string[] = [
  'create', 'expose', 'run', 'set',
  'explain', 'get', 'edit', 'delete',
  'rollout', 'scale', 'autoscale',
  'certificate', 'cluster-info', 'top', 'cordon', 'uncordon', 'drain', 'taint',
  'describe', 'logs', 'attach', 'exec', 'port-forward', 'proxy', 'cp', 'auth', 'debug', 'events',
  'diff', 'apply', 'patch', 'replace', 'wait', 'kustomize',
  'label', 'annotate', 'completion',
  'config', 'plugin', 'version', 'api-versions', 'api-resources', 'options',
];

/** Commands' `SuggestFor` lists (`wait` copied get's). */
const SUGGEST_FOR: Readonly<Record<string, readonly string[]>> = {
  get: ['list', 'ps'],
  delete: ['rm'],
  wait: ['list', 'ps'],
};

/** cobra's `SuggestionsMinimumDistance` default. */
const MINIMUM_DISTANCE = 2;

export function suggestCommands(typed: string): string[] {
  const word = typed.toLowerCase();
  const suggestions: string[] = [];
  for (const name of ROOT_COMMANDS) {
    if (levenshtein(word, name) <= MINIMUM_DISTANCE || name.startsWith(word)) suggestions.push(name);
    // cobra appends an explicit suggestion even when the distance already matched.
    if ((SUGGEST_FOR[name] ?? []).some((alias) => alias.toLowerCase() === word)) suggestions.push(name);
  }
  return suggestions;
}

/**
 * What kubespec prints for a word it has no command for. A real kubectl 1.32 command (`explain`, `edit`,
 * `events`, `diff`, `autoscale`…) is refused as unsimulated: kubectl's "unknown command" would be false, and
 * cobra's suggestions would offer the very word typed. Anything else gets kubectl's own message.
 */
export function unknownCommandMessage(typed: string): string {
  // cobra matches command names case-sensitively, so `Get` stays a typo.
  if (ROOT_COMMANDS.includes(typed)) return `error: "kubectl ${typed}" is a kubectl command that kubespec does not simulate`;
  const suggestions = suggestCommands(typed);
  const hint = suggestions.length > 0 ? `\n\nDid you mean this?\n${suggestions.map((name) => `\t${name}\n`).join('')}` : '';
  return `error: unknown command "${typed}" for "kubectl"${hint}`;
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1));
    }
    previous = current;
  }
  return previous[b.length] as number;
}
