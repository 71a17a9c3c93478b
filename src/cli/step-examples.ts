/**
 * An example line for each step phrasing: the first use found in the feature files (English phrasings in
 * English files, zh-CN ones in `# language: zh-CN` files), or else one made up from the phrasing.
 */
import type { StepPhrasing } from './step-catalog';

export interface FeatureText {
  readonly path: string;
  readonly text: string;
}

export interface StepExamples {
  readonly en: string;
  readonly zh: string;
}

const EN_KEYWORD = /^\s*(?:Given|When|Then|And|But|\*)\s+(.*)$/;
const ZH_KEYWORD = /^\s*(?:假如|假设|假定|当|那么|而且|并且|同时|但是|\*)\s*(.*)$/;

export function stepExamples(phrasings: readonly StepPhrasing[], features: readonly FeatureText[]): StepExamples[] {
  const en = stepLines(features.filter((f) => !isChinese(f.text)), EN_KEYWORD);
  const zh = stepLines(features.filter((f) => isChinese(f.text)), ZH_KEYWORD);
  return phrasings.map((p) => ({ en: firstMatch(p.en, en) ?? synthesize(p.en), zh: firstMatch(p.zh, zh) ?? synthesize(p.zh) }));
}

function isChinese(text: string): boolean {
  return /^\s*#\s*language:\s*zh-CN/m.test(text);
}

function stepLines(features: readonly FeatureText[], keyword: RegExp): string[] {
  return features.flatMap((f) => f.text.split('\n').flatMap((line) => keyword.exec(line)?.[1]?.trim() ?? []));
}

function firstMatch(expression: string, lines: readonly string[]): string | undefined {
  const regexp = expressionToRegExp(expression);
  return lines.find((line) => regexp.test(line));
}

/**
 * A Cucumber expression as a RegExp, for the subset kubespec's phrasings use: `{string}`, `{int}`,
 * `{float}`, `{word}`, any custom `{type}`, optional text `(s)` and `a/b` alternatives.
 */
export function expressionToRegExp(expression: string): RegExp {
  const parts = expression.split(/(\{[^}]*\}|\([^)]*\)|\S+\/\S+)/).map((part) => {
    if (part === '{string}') return `(?:"[^"]*"|'[^']*')`;
    if (part === '{int}') return '-?\\d+';
    if (part === '{float}') return '-?\\d+(?:\\.\\d+)?';
    if (part === '{word}') return '\\S+';
    if (/^\{.*\}$/.test(part)) return '.+?';
    if (/^\(.*\)$/.test(part)) return `(?:${escape(part.slice(1, -1))})?`;
    if (/^\S+\/\S+$/.test(part)) return `(?:${part.split('/').map(escape).join('|')})`;
    return escape(part);
  });
  return new RegExp(`^${parts.join('')}$`);
}

/** `a cluster with {int} node(s)` → `a cluster with 2 nodes`. */
export function synthesize(expression: string): string {
  return expression
    .replace(/\{string\}/g, '"web"')
    .replace(/\{int\}/g, '2')
    .replace(/\{float\}/g, '1.5')
    .replace(/\{duration\}/g, '30 seconds')
    .replace(/\{word\}/g, 'web')
    .replace(/\(([^)]*)\)/g, '$1')
    .replace(/(\S+)\/\S+/g, '$1');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
