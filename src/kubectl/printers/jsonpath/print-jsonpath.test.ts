import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JsonPathError } from './nodes';
import { printJsonPath } from './print-jsonpath';

// The input and results of kubernetes.io's "JSONPath Support" page (reference/kubectl/jsonpath.md).
const input = {
  kind: 'List',
  items: [
    { kind: 'None', metadata: { name: '127.0.0.1' }, status: { capacity: { cpu: '4' }, addresses: [{ type: 'LegacyHostIP', address: '127.0.0.1' }] } },
    {
      kind: 'None',
      metadata: { name: '127.0.0.2' },
      status: { capacity: { cpu: '8' }, addresses: [{ type: 'LegacyHostIP', address: '127.0.0.2' }, { type: 'another', address: '127.0.0.3' }] },
    },
  ],
  users: [{ name: 'myself', user: {} }, { name: 'e2e', user: { username: 'admin', password: 'secret' } }],
};

test('the JSONPath page: each function prints what the page shows (maps as JSON, as kubectl does)', () => {
  assert.equal(printJsonPath(input, 'kind is {.kind}'), 'kind is List');
  assert.equal(printJsonPath(input, "{['kind']}"), 'List');
  assert.equal(printJsonPath(input, '{..name}'), '127.0.0.1 127.0.0.2 myself e2e');
  assert.equal(printJsonPath(input, '{.items[*].metadata.name}'), '127.0.0.1 127.0.0.2');
  assert.equal(printJsonPath(input, '{.users[0].name}'), 'myself');
  assert.equal(printJsonPath(input, "{.items[*]['metadata.name', 'status.capacity']}"), '127.0.0.1 127.0.0.2 {"cpu":"4"} {"cpu":"8"}');
  assert.equal(printJsonPath(input, '{.users[?(@.name=="e2e")].user.password}'), 'secret');
  assert.equal(printJsonPath(input, '{range .items[*]}[{.metadata.name}, {.status.capacity}] {end}'), '[127.0.0.1, {"cpu":"4"}] [127.0.0.2, {"cpu":"8"}] ');
  assert.equal(printJsonPath(input, "{range .items[*]}{.metadata.name}{'\\t'}{end}"), '127.0.0.1\t127.0.0.2\t');
});

test('a template that does not parse is reported as kubectl reports it, not thrown as a crash', () => {
  assert.throws(() => printJsonPath(input, '{.items[}'), new JsonPathError('error parsing jsonpath {.items[}, unterminated array'));
  assert.throws(() => printJsonPath(input, '{["data"]}'), new JsonPathError('error parsing jsonpath {["data"]}, invalid array index "data"'));
  assert.throws(() => printJsonPath(input, '{.metadata.name'), new JsonPathError('error parsing jsonpath {.metadata.name, unclosed action'));
});
