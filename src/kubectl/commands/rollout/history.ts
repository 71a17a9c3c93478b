/**
 * `kubectl rollout history TYPE/NAME [--revision=N]` (k8s.io/kubectl/pkg/cmd/rollout/rollout_history.go,
 * polymorphichelpers/history.go): the name printer with the history as its "operation", so the first
 * line is `deployment.apps/web ` (trailing space) and the table follows, padded by a tabwriter with
 * padding 2; `--revision=N` prints the pod template through describe's PrefixWriter, tabs unaligned.
 */
import type { StoredObject } from '../../../api';
import type { CommandContext } from '../../context';
import { KubectlError } from '../../errors';
import { alignTabs, resourceName } from '../../printers';
import { DescribeWriter } from '../../printers/describe/describe-writer';
import { podTemplateSection } from '../../printers/describe/pod-template-section';
import type { PodTemplateSpec } from '../../../api/schemas';
import { revisionsOf } from './revision-history';
import { groupKind, rolloutTargets, TARGET_FLAGS, type RolloutSubcommand } from './subcommand';

export const historySubcommand: RolloutSubcommand = {
  name: 'history',
  flags: [...TARGET_FLAGS, 'revision', 'output', 'show-managed-fields', 'template', 'allow-missing-template-keys'],
  run(context, args, flags) {
    const revision = flags.int('revision') ?? 0;
    for (const obj of rolloutTargets(context, args, flags)) {
      const history = viewHistory(context, obj, revision);
      context.output.raw(`${resourceName(obj)} ${revision > 0 ? `with revision #${revision}` : ''}\n${history}\n`);
    }
  },
};

function viewHistory(context: CommandContext, obj: StoredObject, revision: number): string {
  const revisions = revisionsOf(context, obj);
  if (!revisions) throw new KubectlError(`error: no history viewer has been implemented for "${groupKind(context, obj)}"`);
  if (revisions.size === 0) return 'No rollout history found.';
  if (revision > 0) {
    const found = revisions.get(revision);
    if (!found) throw new KubectlError('error: unable to find the specified revision');
    return printTemplate(found.template);
  }
  const rows = [...revisions.values()].sort((a, b) => a.revision - b.revision).map((r) => `${r.revision}\t${r.changeCause || '<none>'}\n`);
  return alignTabs(`REVISION\tCHANGE-CAUSE\n${rows.join('')}`, { minWidth: 0, padding: 2 });
}

/** describe.NewPrefixWriter writes straight to the buffer: no tabwriter, so tabs stay tabs. */
class PrefixWriter extends DescribeWriter {
  private text = '';
  override write(level: number, text: string): void {
    this.text += '  '.repeat(level) + text;
  }
  override line(text: string): void {
    this.text += `${text}\n`;
  }
  override flush(): void {}
  override toString(): string {
    return this.text;
  }
}

export function printTemplate(template: PodTemplateSpec): string {
  const writer = new PrefixWriter();
  podTemplateSection(writer, template);
  return writer.toString();
}
