import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DESCRIBE_TABWRITER, TABLE_TABWRITER, alignTabs } from './tabwriter';

test('table cells are padded to the widest cell plus 3, at least 6 wide; the last cell is not padded', () => {
  assert.equal(alignTabs('NAME\tAGE\nweb-1\t5s\n', TABLE_TABWRITER), 'NAME    AGE\nweb-1   5s\n');
  assert.equal(alignTabs('A\tB\tC\n', TABLE_TABWRITER), 'A     B     C\n');
});

test('a line with fewer cells ends the column block above it (describe layout)', () => {
  const text = 'Name:\tweb\nNamespace:\tdefault\nContainers:\n  c:\n    Image:\tnginx\n';
  assert.equal(alignTabs(text, DESCRIBE_TABWRITER), 'Name:       web\nNamespace:  default\nContainers:\n  c:\n    Image:  nginx\n');
});

test('columns are aligned per block: a deeper column only spans the lines that have it', () => {
  const text = 'a\tb\tc\naaaa\tb\nx\n';
  assert.equal(alignTabs(text, DESCRIBE_TABWRITER), 'a     b  c\naaaa  b\nx\n');
});

test('widths count characters, not UTF-16 units', () => {
  assert.equal(alignTabs('é\tx\nab\ty\n', DESCRIBE_TABWRITER), 'é   x\nab  y\n');
});
