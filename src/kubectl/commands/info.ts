/** `kubectl version` and `kubectl api-resources`: what the simulated server reports about itself. */
import { RESOURCES } from '../../api';
import { KUBERNETES_VERSION } from '../../cluster';
import { alignTabs, TABLE_TABWRITER } from '../printers';
import type { Command } from './command';
import { compareGoStrings } from '../../api/go-string-order';

export const versionCommand: Command = {
  name: 'version',
  flags: { client: { kind: 'bool' }, output: { kind: 'string', short: 'o' } },
  run(context, _args, flags) {
    context.output.out('Client Version: v1.32.4');
    context.output.out('Kustomize Version: v5.5.0');
    if (!flags.bool('client')) context.output.out(`Server Version: ${KUBERNETES_VERSION}`);
  },
};

export const apiResourcesCommand: Command = {
  name: 'api-resources',
  flags: { namespaced: { kind: 'string' }, 'api-group': { kind: 'string' }, output: { kind: 'string', short: 'o' }, 'no-headers': { kind: 'bool' } },
  run(context, _args, flags) {
    const rows = [...RESOURCES]
      .filter((r) => !flags.has('namespaced') || String(r.namespaced) === flags.string('namespaced'))
      .filter((r) => !flags.has('api-group') || r.group === flags.string('api-group'))
      .sort((a, b) => compareGoStrings(a.group, b.group) || compareGoStrings(a.plural, b.plural));
    if (flags.string('output') === 'name') {
      for (const r of rows) context.output.out(r.group ? `${r.plural}.${r.group}` : r.plural);
      return;
    }
    const header = ['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND'];
    const body = rows.map((r) => [r.plural, r.shortNames.join(','), r.apiVersion, String(r.namespaced), r.kind]);
    const rows2 = flags.bool('no-headers') ? body : [header, ...body];
    context.output.raw(`${alignTabs(rows2.map((r) => r.join('\t')).join('\n'), TABLE_TABWRITER)}\n`);
  },
};
