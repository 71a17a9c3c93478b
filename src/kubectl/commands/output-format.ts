/**
 * Resolves `-o` together with `--template` the way kubectl's print flags do (k8s.io/cli-runtime/pkg/genericclioptions:
 * print_flags.go, template_flags.go, jsonpath_flags.go): `--template` alone means go-template; a bare template
 * format (`-o go-template`, `-o jsonpath`) takes its template from `--template`; the `-file` formats read the
 * template from a file. The result is one `format=template` string for the printers.
 */
import type { Flags } from '../argv';
import type { CommandContext } from '../context';
import { usageError } from '../errors';
import { UnknownOutputFormatError } from '../printers';

/** Formats whose argument is a template, and the format each `-file` variant becomes once the file is read. */
const TEMPLATE_FORMATS: Readonly<Record<string, string>> = {
  'go-template': 'go-template',
  template: 'template',
  'go-template-file': 'go-template',
  templatefile: 'template',
  jsonpath: 'jsonpath',
  'jsonpath-as-json': 'jsonpath-as-json',
  'jsonpath-file': 'jsonpath',
};

export function outputFormat(context: CommandContext, flags: Flags): string | undefined {
  const template = flags.has('template') ? (flags.string('template') ?? '') : '';
  let output = flags.string('output');
  if (!output && template) output = 'go-template';
  if (!output) return output;
  const eq = output.indexOf('=');
  const format = eq < 0 ? output : output.slice(0, eq);
  const target = TEMPLATE_FORMATS[format];
  if (!target) return output;
  // With --template given, kubectl matches `-o` whole, so `-o go-template=x --template=y` names no printer.
  if (template && eq >= 0) throw new UnknownOutputFormatError(output);
  const argument = template || (eq < 0 ? '' : output.slice(eq + 1));
  if (!argument) throw usageError('template format specified but no template given');
  return `${target}=${format.endsWith('file') ? readTemplate(context, argument) : argument}`;
}

function readTemplate(context: CommandContext, path: string): string {
  if (!context.files.exists(path) || context.files.isDirectory(path)) {
    const reason = context.files.exists(path) ? `read ${path}: is a directory` : `open ${path}: no such file or directory`;
    throw usageError(`error reading --template ${path}, ${reason}`);
  }
  return context.files.read(path);
}
