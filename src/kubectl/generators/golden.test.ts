import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { GOLDEN_CASES } from './testdata/cases';
import { replay } from './testdata/replay';

const golden = (name: string) => {
  const path = join(__dirname, 'testdata', name);
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
};

for (const testCase of GOLDEN_CASES) {
  test(`kubectl ${testCase.command}`, () => {
    for (const format of testCase.fails ? (['yaml'] as const) : (['yaml', 'json'] as const)) {
      const result = replay(testCase, format);
      assert.equal(result.failed, Boolean(testCase.fails), result.stderr);
      assert.equal(result.stderr, golden(`${testCase.name}.stderr`), `stderr of ${testCase.name}`);
      if (!testCase.fails) assert.equal(result.stdout, golden(`${testCase.name}.${format}`), `${testCase.name}.${format}`);
    }
  });
}
