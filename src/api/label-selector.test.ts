import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLabelSelector, selectorFromObject, selectorFromMap, SelectorParseError } from './label-selector';

const web = { app: 'web', tier: 'frontend', env: 'prod' };

test('equality, inequality, set-based and existence requirements', () => {
  assert.equal(parseLabelSelector('app=web').matches(web), true);
  assert.equal(parseLabelSelector('app==web,tier=frontend').matches(web), true);
  assert.equal(parseLabelSelector('app!=web').matches(web), false);
  assert.equal(parseLabelSelector('env in (prod, qa)').matches(web), true);
  assert.equal(parseLabelSelector('env notin (prod,qa)').matches(web), false);
  assert.equal(parseLabelSelector('tier').matches(web), true);
  assert.equal(parseLabelSelector('!legacy').matches(web), true);
  assert.equal(parseLabelSelector('!tier').matches(web), false);
  assert.equal(parseLabelSelector('app=web,env in (qa)').matches(web), false);
});

test('a missing key satisfies NotIn and != as in apimachinery', () => {
  assert.equal(parseLabelSelector('zone!=a').matches(web), true);
  assert.equal(parseLabelSelector('zone notin (a)').matches(web), true);
});

test('an empty selector matches everything; a null LabelSelector nothing', () => {
  assert.equal(parseLabelSelector('').matches(web), true);
  assert.equal(selectorFromObject({})!.matches(undefined), true);
  assert.equal(selectorFromObject(null), undefined);
});

test('LabelSelector objects and map selectors', () => {
  const s = selectorFromObject({ matchLabels: { app: 'web' }, matchExpressions: [{ key: 'env', operator: 'In', values: ['prod'] }] })!;
  assert.equal(s.matches(web), true);
  assert.equal(s.toString(), 'app=web,env=prod');
  assert.equal(selectorFromMap({ app: 'api' }).matches(web), false);
});

test('garbage is a parse error', () => {
  assert.throws(() => parseLabelSelector('app=(web'), SelectorParseError);
});
