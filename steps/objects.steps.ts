/** Asserting on objects by `TYPE/NAME`. */
import { expect } from 'chai';
import { parse as parseYaml, stringify } from 'yaml';
import { findMismatches, findObject, parseObjectRef } from '../src/kubectl';
import { step } from './bilingual';

step('{string} should match:', '{string} 应该匹配', function (ref: string, yaml: string) {
  const obj = findObject(this.cluster, parseObjectRef(ref));
  expect(obj, `${ref} does not exist`).to.not.equal(undefined);
  const mismatches = findMismatches(obj, parseYaml(yaml));
  const diff = mismatches.map((m) => `  ${m.path}:\n    expected: ${stringify(m.expected).trim()}\n    actual:   ${stringify(m.actual ?? null).trim()}`).join('\n');
  expect(mismatches, `${ref} does not match:\n${diff}`).to.deep.equal([]);
});

step('{string} should exist', '{string} 应该存在', function (ref: string) {
  expect(findObject(this.cluster, parseObjectRef(ref)), `${ref} does not exist`).to.not.equal(undefined);
});

step('{string} should not exist', '{string} 不应该存在', function (ref: string) {
  expect(findObject(this.cluster, parseObjectRef(ref)), `${ref} exists`).to.equal(undefined);
});
