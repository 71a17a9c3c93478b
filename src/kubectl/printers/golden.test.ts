import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { formatCases, renderFormat, tableAndDescribeCases } from './testdata/golden-cases';

for (const c of tableAndDescribeCases()) {
  test(`golden ${c.name}`, () => {
    assert.equal(c.render(), readFileSync(c.expectedFile, 'utf8'));
  });
}

for (const c of formatCases()) {
  for (const f of c.formats) {
    test(`golden ${c.name} -o ${f.format}`, () => {
      assert.equal(renderFormat(c.objectFile, f.format), readFileSync(f.expectedFile, 'utf8'));
    });
  }
}
