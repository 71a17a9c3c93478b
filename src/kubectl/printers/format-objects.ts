/**
 * The non-table output formats of `kubectl get` and friends: `yaml`, `json`, `name`, `jsonpath=`,
 * `jsonpath-as-json=`, `go-template=` (or `template=`) and `custom-columns=`. With `asList` (several objects, or a listing), objects are wrapped
 * as kubectl's printGeneric does: `{apiVersion: v1, items, kind: List, metadata: {resourceVersion: ""}}`
 * (k8s.io/kubectl/pkg/cmd/get/get.go).
 */
import { printCustomColumns } from './custom-columns';
import { goJson } from './go-json';
import { printGoTemplate } from './gotemplate/print-go-template';
import { printJsonPath } from './jsonpath/print-jsonpath';
import { resourceName } from './name';
import { toYaml } from './yaml/to-yaml';

export interface FormatOptions {
  /** Wrap in a `List` (kubectl does unless exactly one object was asked for by name). */
  asList: boolean;
  noHeaders?: boolean;
  /** `--allow-missing-template-keys` (default true): missing keys print nothing / `<no value>` rather than fail. */
  allowMissingKeys?: boolean;
}

export class UnknownOutputFormatError extends Error {
  /** `allowed`: what the command's PrintFlags offer; commands that print no table (`create token`) offer fewer. */
  constructor(
    readonly format: string,
    allowed = 'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml',
  ) {
    super(`unable to match a printer suitable for the output format "${format}", allowed formats are: ${allowed}`);
  }
}

export function formatObjects(objects: readonly unknown[], format: string, options: FormatOptions): string {
  const [kind, argument = ''] = splitFormat(format);
  const data = options.asList ? listOf(objects) : undefined;
  switch (kind) {
    case 'yaml':
      return data ? toYaml(data) : objects.map(toYaml).join('---\n');
    case 'json':
      return data ? `${goJson(data, '    ')}\n` : objects.map((o) => `${goJson(o, '    ')}\n`).join('');
    case 'name':
      return objects.map((o) => `${resourceName(o)}\n`).join('');
    case 'jsonpath':
    case 'jsonpath-as-json':
      return (data ? [data] : objects).map((o) => printJsonPath(o, argument, { asJson: kind === 'jsonpath-as-json', allowMissingKeys: options.allowMissingKeys })).join('');
    case 'go-template':
    case 'template':
      return printGoTemplate(data ? [data] : objects, argument, { allowMissingKeys: options.allowMissingKeys });
    case 'custom-columns':
      return printCustomColumns(objects, argument, options.noHeaders);
  }
  throw new UnknownOutputFormatError(format);
}

/** `jsonpath={.x}` → [`jsonpath`, `{.x}`]; the template may itself contain `=`. */
function splitFormat(format: string): [string, string?] {
  const eq = format.indexOf('=');
  return eq < 0 ? [format] : [format.slice(0, eq), format.slice(eq + 1)];
}

export function listOf(objects: readonly unknown[]): Record<string, unknown> {
  return { apiVersion: 'v1', items: [...objects], kind: 'List', metadata: { resourceVersion: '' } };
}
