import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parseStepFile, readStepCatalog } from './step-catalog';
import { expressionToRegExp, stepExamples, synthesize } from './step-examples';
import { renderStepsMarkdown } from './steps-markdown';
import { renderEditorGlue } from './editor-glue';

const SOURCE = `/**
 * Moving virtual time. Every wait advances the clock.
 */
import { step } from './bilingual';

step('{duration} pass(es)', '过了 {duration}', function (ms: number) {});

step(
  'I run {string}',
  "我运行 {string}",
  function (line: string) {},
);
step('it\\'s {int} o\\'clock', '{int} 点了', () => {});
`;

test('step calls are read from the source, single- or multi-line, with escapes', () => {
  const area = parseStepFile('time.steps.ts', SOURCE);
  assert.equal(area.name, 'time');
  assert.equal(area.title, 'Moving virtual time');
  assert.deepEqual(area.steps, [
    { en: '{duration} pass(es)', zh: '过了 {duration}' },
    { en: 'I run {string}', zh: '我运行 {string}' },
    { en: "it's {int} o'clock", zh: '{int} 点了' },
  ]);
});

test("kubespec's own step files all parse, in both languages", () => {
  const areas = readStepCatalog(join(__dirname, '..', '..', 'steps'));
  const all = areas.flatMap((a) => a.steps);
  assert.ok(all.length > 40);
  assert.ok(all.some((s) => s.en === 'I apply the file {string}' && s.zh === '我应用文件 {string}'));
  assert.ok(all.every((s) => s.en && s.zh && s.en !== s.zh));
});

test('Cucumber expressions match step lines: parameters, optional text, alternatives', () => {
  assert.match('3 minutes pass', expressionToRegExp('{duration} pass(es)'));
  assert.match('1 second passes', expressionToRegExp('{duration} pass(es)'));
  assert.match('pod "web" should have 1 restart', expressionToRegExp('pod {string} should have {int} restart(s)'));
  assert.doesNotMatch('pod web should have 1 restart', expressionToRegExp('pod {string} should have {int} restart(s)'));
  assert.match('the cat is here', expressionToRegExp('the cat/dog is here'));
  assert.equal(synthesize('a cluster with {int} node(s) in {string}'), 'a cluster with 2 nodes in "web"');
});

test('examples come from features in the matching language, else are made up', () => {
  const phrasings = [{ en: 'I run {string}', zh: '我运行 {string}' }];
  const features = [
    { path: 'a.feature', text: 'Feature: a\n  Scenario: b\n    When I run "kubectl get pods"\n' },
    { path: 'b.feature', text: '# language: zh-CN\n功能: a\n  场景: b\n    当我运行 "kubectl get nodes"\n' },
  ];
  assert.deepEqual(stepExamples(phrasings, features), [{ en: 'I run "kubectl get pods"', zh: '我运行 "kubectl get nodes"' }]);
  assert.deepEqual(stepExamples(phrasings, []), [{ en: 'I run "web"', zh: '我运行 "web"' }]);
});

test('docs/steps.md has a section per area and a row per phrasing, pipes escaped', () => {
  const areas = [{ name: 'kubectl', title: 'Running kubectl', steps: [{ en: 'I run {string}', zh: '我运行 {string}' }] }];
  const markdown = renderStepsMarkdown(areas, new Map([['I run {string}', { en: 'I run "a | b"', zh: '我运行 "x"' }]]));
  assert.match(markdown, /^## kubectl\n\nRunning kubectl\.\n\n\| English \| 中文 \| Example \|$/m);
  assert.match(markdown, /^\| `I run \{string\}` \| `我运行 \{string\}` \| `I run "a \\| b"`<br>`我运行 "x"` \|$/m);
});

test('the editor glue spells every phrasing as a literal Given() call the language server can read', () => {
  const glue = renderEditorGlue([{ name: 'time', title: '', steps: [{ en: "it's {int} o'clock", zh: '{int} 点了' }] }]);
  assert.match(glue, /^Given\("it's \{int\} o'clock", \(\) => undefined\);\nGiven\("\{int\} 点了", \(\) => undefined\);$/m);
});
