/** `kubespec steps`: every step phrasing, English and zh-CN, grouped by area (or docs/steps.md's Markdown). */
import { join } from 'node:path';
import { KUBESPEC_ROOT } from './kubespec-root';
import { out, type CliIO } from './cli-io';
import { HELP } from './help-text';
import { parseOptions, stringOption } from './parse-options';
import { readStepCatalog } from './step-catalog';
import { stepExamplesFromRepository } from './step-docs';
import { renderStepsMarkdown } from './steps-markdown';
import { EXIT_PASSED, UsageError } from './usage-error';

export async function stepsCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseOptions('steps', argv, { lang: { kind: 'string' }, markdown: { kind: 'boolean' }, help: { kind: 'boolean', short: 'h' } });
  if (parsed.values.help) return print(io, HELP.steps);
  if (parsed.positionals.length > 0) throw new UsageError(`unexpected argument "${parsed.positionals[0]}"`, 'steps');
  const lang = stringOption(parsed, 'lang') ?? 'both';
  if (!['en', 'zh-CN', 'both'].includes(lang)) throw new UsageError(`--lang must be en, zh-CN or both, not "${lang}"`, 'steps');
  const areas = readStepCatalog(join(KUBESPEC_ROOT, 'steps'));
  if (parsed.values.markdown) return print(io, renderStepsMarkdown(areas, stepExamplesFromRepository(areas)));
  const lines = areas.flatMap((area) => [
    `# ${area.name}${area.title ? ` — ${area.title}` : ''}`,
    ...area.steps.flatMap((s) => [...(lang === 'zh-CN' ? [] : [`  ${s.en}`]), ...(lang === 'en' ? [] : [`  ${lang === 'both' ? '  ' : ''}${s.zh}`])]),
    '',
  ]);
  return print(io, `${lines.join('\n')}`);
}

function print(io: CliIO, text: string): number {
  out(io, text);
  return EXIT_PASSED;
}
