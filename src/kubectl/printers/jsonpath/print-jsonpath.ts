/**
 * `-o jsonpath=...` and `-o jsonpath-as-json=...` (k8s.io/cli-runtime/pkg/printers/jsonpath.go and
 * client-go `JSONPath.PrintResults`): the results of each template part are joined by spaces; maps and lists
 * print as compact JSON; missing keys print nothing (`--allow-missing-template-keys` defaults to true).
 */
import { goJson } from '../go-json';
import { goFloatG } from '../yaml/go-float';
import { JsonPathEvaluator } from './evaluate';
import { JsonPathError, type ListNode } from './nodes';
import { JsonPathSyntaxError, parseTemplate } from './parse-template';

export interface JsonPathOptions {
  asJson?: boolean;
  allowMissingKeys?: boolean;
}

export function printJsonPath(data: unknown, template: string, options: JsonPathOptions = {}): string {
  const root = parsed(template);
  const evaluator = new JsonPathEvaluator(options.allowMissingKeys ?? true);
  const groups = evaluator.findResults(data, root.nodes);
  if (options.asJson) return groups.map((results) => `${goJson(results, '    ')}\n`).join('');
  return groups.map((results) => results.map(resultText).join(' ')).join('');
}

/**
 * A template that does not parse is the user's error, reported before any object is printed
 * (cli-runtime genericclioptions/jsonpath_flags.go: `error parsing jsonpath %s, %v`).
 */
function parsed(template: string): ListNode {
  try {
    return parseTemplate(template);
  } catch (error) {
    if (error instanceof JsonPathSyntaxError) throw new JsonPathError(`error parsing jsonpath ${template}, ${error.message}`);
    throw error;
  }
}

/** `evalToText`: strings raw, `null` for nil, Go's `%v` for numbers; maps and lists as compact JSON. */
export function resultText(value: unknown): string {
  if (value !== null && typeof value === 'object') return goJson(value);
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : goFloatG(value);
  return String(value);
}

/** The message kubectl prints when a template fails on an object (cli-runtime jsonpath.go). */
export function jsonPathFailure(template: string, error: unknown): string {
  const reason = error instanceof JsonPathError || error instanceof Error ? error.message : String(error);
  return `error executing jsonpath ${JSON.stringify(template)}: Error executing template: ${reason}. Printing more information for debugging the template:`;
}
