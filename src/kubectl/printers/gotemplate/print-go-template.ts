/**
 * `-o go-template=…` / `-o template=…` (k8s.io/cli-runtime/pkg/printers/template.go, GoTemplatePrinter): the
 * object goes through JSON into a map, the template runs on it, and what it wrote is the output. A template that
 * does not parse fails before anything is printed (`error parsing template …`); one that fails while running
 * leaves what it had written, then kubectl's debugging block on stdout, and `error executing template …` on
 * stderr. The block's "raw data" is the object's compact JSON with sorted keys, as an object read from the
 * server marshals; a typed object in kubectl (create --dry-run=client) would list fields in struct order.
 */
import { goJson } from '../go-json';
import { Executor, TemplateExecError } from './execute';
import { FUNCTION_NAMES } from './functions';
import { TemplateSyntaxError } from './lex';
import type { ParsedTemplate } from './nodes';
import { parseTemplate } from './parse';
import { goQuote } from './printf';
import { formatValue, fromJson } from './values';

/** A template error: `message` goes to stderr, `printed` (output written before the failure) to stdout first. */
export class GoTemplateError extends Error {
  constructor(
    message: string,
    readonly printed = '',
  ) {
    super(message);
  }
}

export interface GoTemplateOptions {
  allowMissingKeys?: boolean;
}

/** Parses once, before any object is printed, as kubectl builds its printer from the flags. */
export function compileGoTemplate(template: string): ParsedTemplate {
  try {
    return parseTemplate(template, FUNCTION_NAMES);
  } catch (error) {
    if (error instanceof TemplateSyntaxError) throw new GoTemplateError(`error parsing template ${template}, template: output:${error.line}: ${error.message}`);
    throw error;
  }
}

export function printGoTemplate(objects: readonly unknown[], template: string, options: GoTemplateOptions = {}): string {
  const parsed = compileGoTemplate(template);
  let printed = '';
  for (const object of objects) {
    const data = fromJson(object);
    const executor = new Executor(template, parsed.defines, { missingKeyError: options.allowMissingKeys === false });
    try {
      executor.run(parsed.root, data);
    } catch (error) {
      if (!(error instanceof TemplateExecError)) throw error;
      printed += executor.output + debugBlock(error.message, template, object, formatValue(data));
      throw new GoTemplateError(`error executing template ${goQuote(template)}: ${error.message}`, printed);
    }
    printed += executor.output;
  }
  return printed;
}

function debugBlock(reason: string, template: string, object: unknown, given: string): string {
  return (
    `Error executing template: ${reason}. Printing more information for debugging the template:\n` +
    `\ttemplate was:\n\t\t${template}\n` +
    `\traw data was:\n\t\t${goJson(object)}\n` +
    `\tobject given to template engine was:\n\t\t${given}\n\n`
  );
}
