/**
 * Every step phrasing exists in English and in zh-CN (`# language: zh-CN`). Gherkin keywords do not
 * take part in matching, so one definition per language serves Given, When and Then alike.
 */
import { defineStep } from '@cucumber/cucumber';
import type { KubeWorld } from './world';

export interface StepPhrasing {
  en: string;
  zh: string;
}

/** Registered phrasings, for `kubespec steps` and docs/steps.md. */
export const PHRASINGS: StepPhrasing[] = [];

// Step bodies receive Cucumber's arguments (strings, numbers, doc strings, tables); each body narrows them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Cucumber's own signature for step functions
export function step(en: string, zh: string, body: (this: KubeWorld, ...args: any[]) => unknown): void {
  PHRASINGS.push({ en, zh });
  defineStep(en, body);
  defineStep(zh, body);
}
