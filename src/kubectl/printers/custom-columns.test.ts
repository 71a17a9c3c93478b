import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CustomColumnsError, printCustomColumns, relaxedJsonPath } from './custom-columns';

const pods = [
  { metadata: { name: 'web', labels: { app: 'web' } }, spec: { containers: [{ image: 'nginx' }, { image: 'busybox' }] }, status: { podIP: '10.244.0.5' } },
  { metadata: { name: 'pending' }, spec: { containers: [{ image: 'nginx' }] }, status: {} },
];

test('columns align like tables; several results join with commas; missing values print <none>', () => {
  assert.equal(
    printCustomColumns(pods, 'NAME:.metadata.name,IP:.status.podIP,IMAGES:.spec.containers[*].image'),
    'NAME      IP           IMAGES\nweb       10.244.0.5   nginx,busybox\npending   <none>       nginx\n',
  );
});

test('maps print as Go does (map[k:v]); --no-headers drops the header row', () => {
  assert.equal(printCustomColumns(pods.slice(0, 1), 'L:{.metadata.labels}', true), 'map[app:web]\n');
});

test('path specs are relaxed to {.path}; malformed specs are rejected with kubectl wording', () => {
  assert.equal(relaxedJsonPath('metadata.name'), '{.metadata.name}');
  assert.equal(relaxedJsonPath('{.metadata.name}'), '{.metadata.name}');
  assert.throws(() => printCustomColumns(pods, 'NAME'), new CustomColumnsError('unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>'));
});

test('a column whose JSONPath does not parse is an error in the parser\'s words, not a crash', () => {
  assert.throws(() => printCustomColumns(pods, 'A:.metadata['), (e: unknown) => e instanceof CustomColumnsError && e.message === 'unterminated array');
});
