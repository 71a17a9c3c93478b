/**
 * The catalogue of step phrasings, read statically from kubespec's `steps/*.steps.ts`: every
 * `step('English', '中文', ...)` call, grouped by file under the file's header comment. Reading the source
 * (rather than requiring it) needs no Cucumber support-code context, so `kubespec steps` is instant and
 * docs/steps.md is generated from exactly what the steps register.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StepPhrasing {
  readonly en: string;
  readonly zh: string;
}

export interface StepArea {
  /** `kubectl`, from `kubectl.steps.ts`. */
  readonly name: string;
  /** The first sentence of the file's header comment. */
  readonly title: string;
  readonly steps: readonly StepPhrasing[];
}

const STEP_CALL = /\bstep\(\s*('(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*")\s*,\s*('(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*")\s*,/g;

export function readStepCatalog(stepsDir: string): StepArea[] {
  return readdirSync(stepsDir)
    .filter((f) => f.endsWith('.steps.ts'))
    .sort()
    .map((file) => parseStepFile(file, readFileSync(join(stepsDir, file), 'utf8')))
    .filter((area) => area.steps.length > 0);
}

export function parseStepFile(file: string, source: string): StepArea {
  const steps = [...source.matchAll(STEP_CALL)].map((m) => ({ en: unquote(m[1]!), zh: unquote(m[2]!) }));
  return { name: file.replace(/\.steps\.ts$/, ''), title: headerTitle(source), steps };
}

function headerTitle(source: string): string {
  const comment = /^\s*\/\*\*([\s\S]*?)\*\//.exec(source)?.[1] ?? '';
  const text = comment
    .split('\n')
    .map((l) => l.replace(/^\s*\*\s?/, '').trim())
    .join(' ')
    .trim();
  const sentence = /^(.*?[.:])(\s|$)/.exec(text)?.[1] ?? text;
  return sentence.replace(/[.:]$/, '');
}

/** A JavaScript string literal's value, for the quoting the step files use. */
function unquote(literal: string): string {
  return literal.slice(1, -1).replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t' })[c] ?? c);
}
